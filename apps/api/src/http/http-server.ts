import type { Socket } from 'node:net';
import { LogController, type FastifyInstance, type FastifyReply, type FastifyRequest, type FastifyServerOptions } from 'fastify';
import { logContext, newId, type Actor } from '#app/eventsourcing';
import type { AppConfig, Logger } from '#app/platform';
import { retryAfter } from './domain-exception.filter.js';
import { PROBLEM_CONTENT_TYPE, instanceOf, problem, rawProblemResponse, toProblem, type Problem } from './problem.js';

export const CORRELATION_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** Whether the server is draining, and how many requests are in flight. */
export class HttpLifecycle {
  shuttingDown = false;
  inFlight = 0;
}

interface TrackedRequest extends FastifyRequest {
  correlationId?: string;
  actor?: Actor;
}

/** Sends a problem document from a Fastify hook or handler, with Retry-After for a 429 or 503. */
export function sendProblem(reply: FastifyReply, body: Problem): void {
  void reply.code(body.status).header('content-type', PROBLEM_CONTENT_TYPE);
  const wait = retryAfter(body);
  if (wait !== undefined) void reply.header('Retry-After', wait);
  void reply.send(body);
}

/** Errors Node's HTTP parser finds before any request exists: answered on the socket, in the problem shape. */
function clientErrorHandler(logger: Logger) {
  return (error: Error & { code?: string }, socket: Socket) => {
    if (error.code === 'ECONNRESET' || socket.destroyed) return;
    const body =
      error.code === 'HPE_HEADER_OVERFLOW'
        ? problem(431, 'REQUEST.HEADERS_TOO_LARGE', 'The request headers are larger than the server accepts (16 KB)')
        : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
          ? problem(408, 'REQUEST.TIMEOUT', 'The request did not arrive in time')
          : problem(400, 'REQUEST.MALFORMED_HTTP', 'The request is not valid HTTP/1.1 (e.g. a header with a bare CR, LF or NUL)');
    logger.debug({ context: 'HTTP', code: error.code, status: body.status }, 'client error');
    if (socket.writable) socket.end(rawProblemResponse(body));
    else socket.destroy();
  };
}

/** Options of the Fastify instance: errors Fastify answers before Nest sees the request also get the problem shape. */
export function fastifyOptions(config: Pick<AppConfig, 'trustProxy'>, logger: Logger): FastifyServerOptions {
  return {
    bodyLimit: 1_048_576,
    loggerInstance: logger.child({ context: 'Fastify' }),
    logController: new LogController({ disableRequestLogging: true }),
    return503OnClosing: false,
    trustProxy: config.trustProxy,
    clientErrorHandler: clientErrorHandler(logger),
    frameworkErrors: (error, request, reply) => {
      const body =
        error.code === 'FST_ERR_MAX_PARAM_LENGTH'
          ? problem(414, 'REQUEST.URI_TOO_LONG', 'A path parameter is longer than the server accepts', { instance: instanceOf(request.url) })
          : toProblem(error, instanceOf(request.url));
      if (body.code === 'INTERNAL.ERROR') logger.error({ context: 'HTTP', err: error }, 'framework error');
      sendProblem(reply, body);
    },
  } as FastifyServerOptions;
}

/**
 * Per request: a correlation id (X-Correlation-Id when valid, a new one otherwise; echoed in the
 * response) in the log context of everything the request does, one access-log line, a
 * problem-shaped 503 with Retry-After once the server is shutting down, and 404 ROUTE.NOT_FOUND
 * for an unknown route before its body is read.
 */
export function installHttpHooks(fastify: FastifyInstance, lifecycle: HttpLifecycle, logger: Logger): void {
  const access = logger.child({ context: 'Access' });
  fastify.addHook('onRequest', (request: TrackedRequest, reply, done) => {
    const header = request.headers['x-correlation-id'];
    const correlationId = typeof header === 'string' && CORRELATION_ID.test(header) ? header : newId();
    request.correlationId = correlationId;
    void reply.header('x-correlation-id', correlationId);
    lifecycle.inFlight++;
    reply.raw.once('close', () => lifecycle.inFlight--);
    if (lifecycle.shuttingDown) {
      void reply.header('connection', 'close');
      sendProblem(reply, problem(503, 'SERVER.SHUTTING_DOWN', 'The server is shutting down; retry in a moment', { instance: instanceOf(request.url) }));
      return;
    }
    if (request.is404) {
      // Before any body is parsed: an unknown route is 404 whatever is sent to it.
      sendProblem(reply, problem(404, 'ROUTE.NOT_FOUND', `Cannot ${request.method} ${request.url.split('?')[0]}`, { instance: instanceOf(request.url) }));
      return;
    }
    logContext.run({ correlationId }, done);
  });
  fastify.addHook('onResponse', (request: TrackedRequest, reply, done) => {
    const status = reply.statusCode;
    access[status >= 500 && status !== 503 ? 'error' : status === 503 ? 'warn' : 'info'](
      {
        method: request.method,
        route: request.routeOptions.url ?? null,
        status,
        durationMs: Math.round(reply.elapsedTime * 10) / 10,
        userId: request.actor?.id ?? null,
        correlationId: request.correlationId,
      },
      `${request.method} ${request.routeOptions.url ?? '(no route)'} ${status}`,
    );
    done();
  });
}
