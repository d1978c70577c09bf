import { Body, Controller, Get, HttpCode, Inject, Injectable, Logger, Post, UseGuards, type CanActivate, type ExecutionContext, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { ApiHeader, ApiTags } from '@nestjs/swagger';
import type { FastifyInstance } from 'fastify';
import { ForbiddenError, NotFoundError, ROLES, type DomainError } from '#app/eventsourcing';
import { TokenService, type AppConfig } from '#app/platform';
import { Public } from '../auth/public.decorator.js';
import { sendProblem } from '../http/http-server.js';
import { instanceOf, toProblem } from '../http/problem.js';
import { APP_CONFIG } from '../infrastructure/tokens.js';
import { Route } from '../openapi/route-docs.js';
import { MintDevTokenRequest } from './dev-token.requests.js';
import { DevelopmentModeResponse, DevelopmentTokenResponse } from './dev-token.responses.js';

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

const DEVELOPMENT_ONLY =
  'Public, for the dashboard’s sign-in on a development machine. The route exists only while the embedded development secret is in use (no AUTH_JWT_SECRET; the document lists it then), and answers only loopback callers that name this server on a loopback Host (and Origin, when sent) and send X-Salesflow-Dev: 1.';
const NOT_HERE = 'Not a loopback caller: answered exactly like an unknown route (ROUTE.NOT_FOUND)';
const LOOPBACK_ONLY = 'A Host or Origin other than this server on a loopback name (DEV.HOST_FORBIDDEN, DEV.ORIGIN_FORBIDDEN), or no X-Salesflow-Dev: 1 (DEV.HEADER_REQUIRED)';

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
 * Why a request may not use the development sign-in, judged from its address and headers alone: a
 * caller that is not on loopback gets 404 like an unknown route (dev mode is not revealed); a
 * loopback caller needs a Host naming the loopback interface with this server's port (no DNS
 * rebinding), an Origin, when sent, of this server on a loopback name (no other web page), and
 * X-Salesflow-Dev: 1 (which no page of another origin can send without a preflight). Null: it may.
 */
export function devSignInRefusal(request: ClientRequest, port: number): DomainError | null {
  if (!isLoopback(request.ip)) return new NotFoundError('ROUTE.NOT_FOUND', `Cannot ${request.method} ${request.url.split('?')[0]}`);
  if (!isLoopbackAuthority(header(request, 'host'), port)) {
    return new ForbiddenError('DEV.HOST_FORBIDDEN', `The development sign-in answers only Host localhost, 127.0.0.1 or [::1] with port ${port}`);
  }
  const origin = header(request, 'origin');
  if (origin !== undefined && !(/^http:\/\//.test(origin) && isLoopbackAuthority(origin.slice('http://'.length), port))) {
    return new ForbiddenError('DEV.ORIGIN_FORBIDDEN', 'The development sign-in answers only pages of this server on a loopback address');
  }
  if (header(request, DEV_HEADER) !== '1') return new ForbiddenError('DEV.HEADER_REQUIRED', 'Send X-Salesflow-Dev: 1 with development sign-in requests');
  return null;
}

/** The development sign-in's rule on every route of it; the onRequest hook of DevTokensController applies it first, before any body is parsed. */
@Injectable()
export class DevSignInGuard implements CanActivate {
  constructor(
    @Inject(DEVELOPMENT_SECRET) private readonly development: boolean,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<ClientRequest>();
    if (!this.development) throw new NotFoundError('ROUTE.NOT_FOUND', `Cannot ${request.method} ${request.url.split('?')[0]}`);
    const refusal = devSignInRefusal(request, request.socket?.localPort ?? this.config.port);
    if (refusal) throw refusal;
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
    private readonly http: HttpAdapterHost,
  ) {}

  /**
   * The sign-in's rule before Fastify parses a body, as installHttpHooks answers an unknown route:
   * a remote caller gets the same 404 whatever it sends (a form post would otherwise be 415 here
   * and 404 without dev mode), and a loopback caller's refusal comes before any body is read.
   */
  onModuleInit() {
    if (!this.development) return;
    this.logger.warn('Development sign-in is on: POST /api/dev/tokens mints tokens for this machine’s own pages (off whenever AUTH_JWT_SECRET is set)');
    this.http.httpAdapter.getInstance<FastifyInstance>().addHook('onRequest', (request, reply, done) => {
      const route = request.routeOptions.url;
      const refusal = route === '/api/dev' || route?.startsWith('/api/dev/') ? devSignInRefusal(request, request.socket.localPort ?? this.config.port) : null;
      if (refusal) sendProblem(reply, toProblem(refusal, instanceOf(request.url)));
      else done();
    });
  }

  private get maxTtlMinutes(): number {
    return Math.floor(this.config.authMaxTokenTtlSeconds / 60);
  }

  @Get()
  @Public()
  @devHeader
  @Route({
    operationId: 'GetDevelopmentMode',
    summary: 'Development mode only (404 otherwise): the roles the development sign-in offers',
    description: DEVELOPMENT_ONLY,
    ok: { description: 'Development sign-in is on', type: DevelopmentModeResponse },
    errors: { 403: LOOPBACK_ONLY, 404: NOT_HERE },
  })
  mode() {
    return { developmentSecret: true, roles: ROLES, defaultTtlMinutes: Math.min(DEFAULT_TTL_MINUTES, this.maxTtlMinutes) };
  }

  @Post('tokens')
  @Public()
  @HttpCode(201)
  @devHeader
  @Route({
    operationId: 'MintDevelopmentToken',
    summary: 'Development mode only (404 otherwise): a bearer token for the given user, roles and teams (lifetime at most AUTH_MAX_TOKEN_TTL)',
    description: DEVELOPMENT_ONLY,
    ok: { status: 201, description: 'The token', type: DevelopmentTokenResponse },
    errors: { 400: 'An invalid user id, role, team or lifetime (REQUEST.VALIDATION_FAILED)', 403: LOOPBACK_ONLY, 404: NOT_HERE },
  })
  async mint(@Body() body: MintDevTokenRequest) {
    const ttlMinutes = Math.min(body.ttlMinutes ?? DEFAULT_TTL_MINUTES, this.maxTtlMinutes);
    const actor = { id: body.sub, name: body.name?.trim() || body.sub, roles: [...new Set(body.roles)], teams: [...new Set(body.teams)] };
    const token = await this.tokens.sign({ sub: actor.id, name: actor.name, roles: actor.roles, teams: actor.teams }, `${ttlMinutes}m`);
    return { token, tokenType: 'Bearer', expiresAt: new Date(Date.now() + ttlMinutes * 60_000).toISOString(), actor };
  }
}
