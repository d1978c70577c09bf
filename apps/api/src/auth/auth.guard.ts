import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { UnauthorizedError, logContext, type Actor } from '#app/eventsourcing';
import { TokenService } from '#app/platform';
import { AuthFailureLimiter } from './auth-failure-limiter.js';
import { IS_PUBLIC } from './public.decorator.js';

export interface AuthenticatedRequest {
  headers: Record<string, string | string[] | undefined>;
  actor?: Actor;
  ip?: string;
}

/** Bearer JWT on every route not marked @Public(); the verified actor is put on the request. */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokenService,
    private readonly failures: AuthFailureLimiter,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()]);
    if (isPublic) return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const ip = request.ip ?? 'unknown';
    this.failures.check(ip);
    try {
      request.actor = await this.tokens.verify(bearerToken(request));
    } catch (error) {
      if (error instanceof UnauthorizedError) this.failures.failed(ip);
      throw error;
    }
    const log = logContext.current();
    if (log) log.userId = request.actor.id;
    return true;
  }
}

export function bearerToken(request: AuthenticatedRequest): string {
  const header = request.headers.authorization;
  if (typeof header !== 'string' || header.trim() === '') {
    throw new UnauthorizedError('AUTH.TOKEN_MISSING', 'Send a bearer token: Authorization: Bearer <token>');
  }
  const match = /^Bearer\s+([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)\s*$/i.exec(header);
  if (!match) throw new UnauthorizedError('AUTH.TOKEN_MALFORMED', 'The Authorization header must be "Bearer <jwt>"');
  return match[1]!;
}
