import { Catch, HttpException, Logger, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import { DomainError, ValidationError, type ErrorKind } from '#app/eventsourcing';
import type { Reply } from './reply.js';

const STATUS: Record<ErrorKind, number> = {
  validation: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  illegal_state: 409,
  concurrency: 409,
  precondition_failed: 412,
  unprocessable: 422,
  unavailable: 503,
  insufficient_storage: 507,
};

export interface ErrorBody {
  statusCode: number;
  code: string;
  message: string;
  fields?: { field: string; messages: string[] }[];
  details?: Record<string, unknown>;
}

/** Maps every error to one JSON shape with a stable code. Unknown errors are logged and hidden. */
export function toErrorBody(error: unknown): ErrorBody {
  if (error instanceof DomainError) {
    return {
      statusCode: STATUS[error.kind],
      code: error.code,
      message: error.message,
      ...(error instanceof ValidationError && error.fields.length > 0 ? { fields: error.fields } : {}),
      ...(Object.keys(error.details).length > 0 ? { details: error.details } : {}),
    };
  }
  const fastify = error as { code?: string; statusCode?: number; message?: string };
  if (typeof fastify.code === 'string' && fastify.code.startsWith('FST_')) {
    const statusCode = fastify.statusCode ?? 400;
    const code =
      fastify.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || fastify.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' || fastify.code === 'FST_ERR_CTP_INVALID_JSON'
        ? 'REQUEST.MALFORMED_JSON'
        : fastify.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE'
          ? 'REQUEST.UNSUPPORTED_MEDIA_TYPE'
          : fastify.code === 'FST_ERR_CTP_BODY_TOO_LARGE'
            ? 'REQUEST.BODY_TOO_LARGE'
            : `REQUEST.${fastify.code.replace(/^FST_ERR_/, '')}`;
    return { statusCode, code, message: fastify.message ?? 'Bad request' };
  }
  if (error instanceof SyntaxError && (error as { statusCode?: number }).statusCode === 400) {
    return { statusCode: 400, code: 'REQUEST.MALFORMED_JSON', message: `The body is not valid JSON: ${error.message}` };
  }
  if (error instanceof HttpException) {
    if ((error.cause as { code?: unknown } | undefined)?.code?.toString().startsWith('FST_')) return toErrorBody(error.cause);
    const statusCode = error.getStatus();
    const code = statusCode === 404 ? 'ROUTE.NOT_FOUND' : statusCode === 405 ? 'ROUTE.METHOD_NOT_ALLOWED' : `HTTP.${statusCode}`;
    return { statusCode, code, message: error.message };
  }
  return { statusCode: 500, code: 'INTERNAL.ERROR', message: 'An unexpected error occurred; it has been logged' };
}

@Catch()
export class DomainExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  catch(error: unknown, host: ArgumentsHost): void {
    const body = toErrorBody(error);
    if (body.statusCode >= 500 && body.code === 'INTERNAL.ERROR') this.logger.error(error instanceof Error ? error.stack : String(error));
    const reply = host.switchToHttp().getResponse<Reply>();
    reply.status(body.statusCode);
    if (body.statusCode === 503 || body.statusCode === 507) reply.header('Retry-After', body.statusCode === 507 ? '30' : '1');
    reply.send(body);
  }
}
