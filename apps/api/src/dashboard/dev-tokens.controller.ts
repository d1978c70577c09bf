import { Body, Controller, Get, HttpCode, Inject, Injectable, Logger, Post, UseGuards, type CanActivate, type ExecutionContext, type OnModuleInit } from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ForbiddenError, NotFoundError, ROLES } from '#app/eventsourcing';
import { TokenService, type AppConfig } from '#app/platform';
import { Public } from '../auth/public.decorator.js';
import { APP_CONFIG } from '../infrastructure/tokens.js';
import { MintDevTokenRequest } from './dev-token.requests.js';

export const DEVELOPMENT_SECRET = Symbol('DEVELOPMENT_SECRET');

interface ClientRequest {
  ip?: string;
  method: string;
  url: string;
  headers: Record<string, string | string[] | undefined>;
  socket?: { localPort?: number };
}

const DEFAULT_TTL_MINUTES = 480;
/** A web page cannot send a custom header to another origin without a CORS preflight, which this API never grants here. */
export const DEV_HEADER = 'x-salesflow-dev';
const LOOPBACK_NAMES = new Set(['localhost', '127.0.0.1', '[::1]']);

/** 127.0.0.0/8 and ::1, also as IPv4-mapped IPv6. */
export function isLoopback(ip: string | undefined): boolean {
  if (!ip) return false;
  const v4 = ip.startsWith('::ffff:') ? ip.slice(7) : ip;
  return v4 === '::1' || /^127(\.\d{1,3}){3}$/.test(v4);
}

const header = (request: ClientRequest, name: string): string | undefined => {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
};

/** `localhost:3000`, `127.0.0.1:3000` or `[::1]:3000` with the port this server listens on. */
function isLoopbackAuthority(authority: string | undefined, port: number): boolean {
  const match = authority === undefined ? null : /^(\[[^\]]+\]|[^:]+)(?::(\d{1,5}))?$/.exec(authority.toLowerCase());
  return match !== null && LOOPBACK_NAMES.has(match[1]!) && Number(match[2] ?? 80) === port;
}

/**
 * Who may use the development sign-in, checked before anything is read from the request: a
 * loopback caller (anyone else gets 404 like an unknown route, so dev mode is not revealed), whose
 * Host names the loopback interface with this server's port (no DNS rebinding), whose Origin, when
 * sent, is this server on a loopback name (no other web page), and who sends X-Salesflow-Dev: 1.
 */
@Injectable()
export class DevSignInGuard implements CanActivate {
  constructor(
    @Inject(DEVELOPMENT_SECRET) private readonly development: boolean,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<ClientRequest>();
    if (!this.development || !isLoopback(request.ip)) throw new NotFoundError('ROUTE.NOT_FOUND', `Cannot ${request.method} ${request.url.split('?')[0]}`);
    const port = request.socket?.localPort ?? this.config.port;
    if (!isLoopbackAuthority(header(request, 'host'), port)) {
      throw new ForbiddenError('DEV.HOST_FORBIDDEN', `The development sign-in answers only Host localhost, 127.0.0.1 or [::1] with port ${port}`);
    }
    const origin = header(request, 'origin');
    if (origin !== undefined && !(/^http:\/\//.test(origin) && isLoopbackAuthority(origin.slice('http://'.length), port))) {
      throw new ForbiddenError('DEV.ORIGIN_FORBIDDEN', 'The development sign-in answers only pages of this server on a loopback address');
    }
    if (header(request, DEV_HEADER) !== '1') throw new ForbiddenError('DEV.HEADER_REQUIRED', 'Send X-Salesflow-Dev: 1 with development sign-in requests');
    return true;
  }
}

const devHeader = ApiHeader({ name: 'X-Salesflow-Dev', required: true, description: 'Must be 1' });

/**
 * Development sign-in for the dashboard: mints a token for any user, role and team. Registered only
 * while the embedded development secret is in use (the API then listens on loopback only), and
 * answering only what DevSignInGuard lets through.
 */
@ApiTags('development')
@Controller('dev')
@UseGuards(DevSignInGuard)
export class DevTokensController implements OnModuleInit {
  private readonly logger = new Logger('Dashboard');

  constructor(
    private readonly tokens: TokenService,
    @Inject(DEVELOPMENT_SECRET) private readonly development: boolean,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit() {
    if (this.development) this.logger.warn('Development sign-in is on: POST /api/dev/tokens mints tokens for this machine’s own pages (off whenever AUTH_JWT_SECRET is set)');
  }

  private get maxTtlMinutes(): number {
    return Math.floor(this.config.authMaxTokenTtlSeconds / 60);
  }

  @Get()
  @Public()
  @devHeader
  @ApiOperation({ operationId: 'GetDevelopmentMode', summary: 'Development mode only (404 otherwise): the roles the development sign-in offers' })
  mode() {
    return { developmentSecret: true, roles: ROLES, defaultTtlMinutes: Math.min(DEFAULT_TTL_MINUTES, this.maxTtlMinutes) };
  }

  @Post('tokens')
  @Public()
  @HttpCode(201)
  @devHeader
  @ApiOperation({ operationId: 'MintDevelopmentToken', summary: 'Development mode only (404 otherwise): a bearer token for the given user, roles and teams (lifetime at most AUTH_MAX_TOKEN_TTL)' })
  async mint(@Body() body: MintDevTokenRequest) {
    const ttlMinutes = Math.min(body.ttlMinutes ?? DEFAULT_TTL_MINUTES, this.maxTtlMinutes);
    const actor = { id: body.sub, name: body.name?.trim() || body.sub, roles: [...new Set(body.roles)], teams: [...new Set(body.teams)] };
    const token = await this.tokens.sign({ sub: actor.id, name: actor.name, roles: actor.roles, teams: actor.teams }, `${ttlMinutes}m`);
    return { token, tokenType: 'Bearer', expiresAt: new Date(Date.now() + ttlMinutes * 60_000).toISOString(), actor };
  }
}
