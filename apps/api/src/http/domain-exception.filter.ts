import { Catch, Logger, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import { PROBLEM_CONTENT_TYPE, instanceOf, toProblem, type Problem } from './problem.js';
import type { Reply } from './reply.js';

/** Seconds a client should wait before retrying a 429 or 503 (a 503 may name its own, e.g. STREAM.CONTENDED). */
export function retryAfter(body: Problem): string | undefined {
  if (body.status === 429) return String(body.details?.['retryAfterSeconds'] ?? 60);
  if (body.status === 503) {
    const seconds = body.details?.['retryAfterSeconds'];
    return typeof seconds === 'number' && Number.isInteger(seconds) && seconds > 0 ? String(seconds) : '1';
  }
  return undefined;
}

/** Sends every error as RFC 9457 Problem Details with a stable code. Unknown errors are logged and hidden. */
@Catch()
export class DomainExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  catch(error: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const body = toProblem(error, instanceOf(http.getRequest<{ url?: string }>().url));
    if (body.code === 'INTERNAL.ERROR') this.logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    const reply = http.getResponse<Reply>();
    reply.status(body.status).header('content-type', PROBLEM_CONTENT_TYPE);
    const wait = retryAfter(body);
    if (wait !== undefined) reply.header('Retry-After', wait);
    reply.send(body);
  }
}
