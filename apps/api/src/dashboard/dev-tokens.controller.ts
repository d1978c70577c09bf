import { Body, Controller, Get, HttpCode, Inject, Logger, Post, Req, type OnModuleInit } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { NotFoundError, ROLES } from '#app/eventsourcing';
import { TokenService } from '#app/platform';
import { Public } from '../auth/public.decorator.js';
import { Route } from '../openapi/route-docs.js';
import { MintDevTokenRequest } from './dev-token.requests.js';
import { DevelopmentModeResponse, DevelopmentTokenResponse } from './dev-token.responses.js';

export const DEVELOPMENT_SECRET = Symbol('DEVELOPMENT_SECRET');

interface ClientRequest {
  ip?: string;
  method: string;
  url: string;
}

const DEFAULT_TTL_MINUTES = 480;

const DEVELOPMENT_ONLY =
  'Public, for the dashboard’s sign-in on a development machine. The route exists only while the embedded development secret is in use (no AUTH_JWT_SECRET; the document lists it then), and answers only loopback callers.';
const NOT_HERE = 'Not a loopback caller: answered exactly like an unknown route (ROUTE.NOT_FOUND)';

/** 127.0.0.0/8 and ::1, also as IPv4-mapped IPv6. */
export function isLoopback(ip: string | undefined): boolean {
  if (!ip) return false;
  const v4 = ip.startsWith('::ffff:') ? ip.slice(7) : ip;
  return v4 === '::1' || /^127(\.\d{1,3}){3}$/.test(v4);
}

/**
 * Development sign-in for the dashboard: mints a token for any user, role and team. Registered only
 * while the embedded development secret is in use, and even then it answers only loopback callers,
 * exactly like an unknown route otherwise.
 */
@ApiTags('development')
@Controller('dev')
export class DevTokensController implements OnModuleInit {
  private readonly logger = new Logger('Dashboard');

  constructor(
    private readonly tokens: TokenService,
    @Inject(DEVELOPMENT_SECRET) private readonly development: boolean,
  ) {}

  onModuleInit() {
    if (this.development) this.logger.warn('Development sign-in is on: POST /api/dev/tokens mints tokens for loopback callers (off whenever AUTH_JWT_SECRET is set)');
  }

  private allow(request: ClientRequest): void {
    if (!this.development || !isLoopback(request.ip)) {
      throw new NotFoundError('ROUTE.NOT_FOUND', `Cannot ${request.method} ${request.url.split('?')[0]}`);
    }
  }

  @Get()
  @Public()
  @Route({
    operationId: 'GetDevelopmentMode',
    summary: 'Development mode only (404 otherwise): the roles the development sign-in offers',
    description: DEVELOPMENT_ONLY,
    ok: { description: 'Development sign-in is on', type: DevelopmentModeResponse },
    errors: { 404: NOT_HERE },
  })
  mode(@Req() request: ClientRequest) {
    this.allow(request);
    return { developmentSecret: true, roles: ROLES, defaultTtlMinutes: DEFAULT_TTL_MINUTES };
  }

  @Post('tokens')
  @Public()
  @HttpCode(201)
  @Route({
    operationId: 'MintDevelopmentToken',
    summary: 'Development mode only (404 otherwise): a bearer token for the given user, roles and teams',
    description: DEVELOPMENT_ONLY,
    ok: { status: 201, description: 'The token', type: DevelopmentTokenResponse },
    errors: { 400: 'An invalid user id, role, team or lifetime (REQUEST.VALIDATION_FAILED)', 404: NOT_HERE },
  })
  async mint(@Body() body: MintDevTokenRequest, @Req() request: ClientRequest) {
    this.allow(request);
    const ttlMinutes = body.ttlMinutes ?? DEFAULT_TTL_MINUTES;
    const actor = { id: body.sub, name: body.name?.trim() || body.sub, roles: [...new Set(body.roles)], teams: [...new Set(body.teams)] };
    const token = await this.tokens.sign({ sub: actor.id, name: actor.name, roles: actor.roles, teams: actor.teams }, `${ttlMinutes}m`);
    return { token, tokenType: 'Bearer', expiresAt: new Date(Date.now() + ttlMinutes * 60_000).toISOString(), actor };
  }
}
