import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import {
  UnauthorizedError,
  ValidationError,
  canonicalJson,
  deterministicUuid,
  logContext,
  newId,
  sha256Hex,
  type CommandContext,
} from '#app/eventsourcing';
import type { AuthenticatedRequest } from '../auth/auth.guard.js';
import { CORRELATION_ID } from './http-server.js';

interface CommandRequest extends AuthenticatedRequest {
  method: string;
  url: string;
  body?: unknown;
}

const KEY = /^[\x21-\x7e]{1,255}$/;

function header(request: CommandRequest, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/**
 * Identity, time and tracing of a command request. With an Idempotency-Key the command id is
 * derived from (user, key), so a retry is recognised in the stream; the request hash tells a
 * true retry from a reuse of the key with another request.
 */
export function commandContextOf(request: CommandRequest): CommandContext {
  const actor = request.actor;
  if (!actor) throw new UnauthorizedError('AUTH.TOKEN_MISSING', 'This route needs a bearer token');
  const key = header(request, 'idempotency-key');
  if (key !== undefined && !KEY.test(key)) {
    throw new ValidationError('REQUEST.INVALID_IDEMPOTENCY_KEY', 'Idempotency-Key must be 1–255 visible ASCII characters', [
      { field: 'Idempotency-Key', messages: ['1–255 visible ASCII characters'] },
    ]);
  }
  const correlation = header(request, 'x-correlation-id');
  if (correlation !== undefined && !CORRELATION_ID.test(correlation)) {
    throw new ValidationError('REQUEST.INVALID_CORRELATION_ID', 'X-Correlation-Id must be 1–128 characters of A-Z a-z 0-9 . _ : -', [
      { field: 'X-Correlation-Id', messages: ['1–128 characters of A-Z a-z 0-9 . _ : -'] },
    ]);
  }
  const commandId = key ? deterministicUuid(`idempotency:${actor.id}:${key}`) : newId();
  return {
    actor,
    commandId,
    correlationId: correlation ?? logContext.current()?.correlationId ?? commandId,
    now: new Date(),
    ...(key ? {} : { freshCommandId: true }),
    // Only an Idempotency-Key retry is compared with the first request, so only then is it hashed.
    ...(key ? { requestHash: sha256Hex(`${request.method} ${request.url.split('?')[0]} ${canonicalJson(request.body ?? null)}`) } : {}),
  };
}

export const CommandCtx = createParamDecorator((_: unknown, context: ExecutionContext): CommandContext =>
  commandContextOf(context.switchToHttp().getRequest<CommandRequest>()),
);

const ETAG = /^(?:W\/)?"(\d{1,15})"$/;

/** The stream revision from If-Match (`"3"`); undefined when absent or `*`. */
export const IfMatch = createParamDecorator((_: unknown, context: ExecutionContext): number | undefined => {
  const value = header(context.switchToHttp().getRequest<CommandRequest>(), 'if-match');
  if (value === undefined || value.trim() === '*') return undefined;
  const match = ETAG.exec(value.trim());
  if (!match) {
    throw new ValidationError('REQUEST.INVALID_IF_MATCH', 'If-Match must be an ETag this API returned, e.g. "3"', [
      { field: 'If-Match', messages: ['an ETag such as "3"'] },
    ]);
  }
  return Number(match[1]);
});

export const etagOf = (revision: number): string => `"${revision}"`;
