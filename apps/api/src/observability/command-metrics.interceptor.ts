import { performance } from 'node:perf_hooks';
import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { tap, type Observable } from 'rxjs';
import { DomainError } from '#app/eventsourcing';
import { Metrics } from '#app/platform';

const API_OPERATION = 'swagger/apiOperation';

/** Counts and times every POST operation (the commands) by operationId and outcome: `ok` or the error kind. */
@Injectable()
export class CommandMetricsInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    private readonly metrics: Metrics,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<{ method?: string }>();
    const command = this.reflector.get<{ operationId?: string } | undefined>(API_OPERATION, context.getHandler())?.operationId;
    if (request.method !== 'POST' || !command) return next.handle();
    const started = performance.now();
    const done = (outcome: string) => {
      const labels = { command, outcome };
      this.metrics.commands.inc(labels);
      this.metrics.commandDuration.observe(labels, (performance.now() - started) / 1000);
    };
    return next.handle().pipe(
      tap({
        complete: () => done('ok'),
        error: (error: unknown) => done(error instanceof DomainError ? error.kind : 'error'),
      }),
    );
  }
}
