import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { AppendOptions, AppendResult, EventToAppend, RecordedEvent } from '#app/eventsourcing';
import { EventStoreDecorator, type EventStore } from '#app/event-store';
import type { ProjectionRunner, ProjectionStatus, WaitForPositionResult } from '#app/read-store';

const LATENCY_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/** The Prometheus metrics of one process (its own registry, so several apps can share a process in tests). */
export class Metrics {
  readonly registry = new Registry();
  readonly commands = new Counter({ name: 'salesflow_commands_total', help: 'Commands handled, by command (operationId) and outcome (ok or the error kind)', labelNames: ['command', 'outcome'] as const, registers: [this.registry] });
  readonly commandDuration = new Histogram({ name: 'salesflow_command_duration_seconds', help: 'Command latency from the handler’s start to its answer', labelNames: ['command', 'outcome'] as const, buckets: LATENCY_BUCKETS, registers: [this.registry] });
  readonly appendDuration = new Histogram({ name: 'salesflow_event_store_append_duration_seconds', help: 'Event store append latency', labelNames: ['outcome'] as const, buckets: LATENCY_BUCKETS, registers: [this.registry] });
  readonly appendBatchSize = new Histogram({ name: 'salesflow_event_store_append_events', help: 'Events per append', buckets: [1, 2, 3, 5, 10, 20, 50, 100, 500], registers: [this.registry] });
  readonly readYourWritesWaits = new Histogram({ name: 'salesflow_read_your_writes_wait_seconds', help: 'Waits of queries for a projection to reach minPosition, by outcome (reached or timed_out)', labelNames: ['outcome'] as const, buckets: LATENCY_BUCKETS, registers: [this.registry] });

  constructor(options: { processMetrics?: boolean } = {}) {
    if (options.processMetrics) collectDefaultMetrics({ register: this.registry });
  }

  /** A gauge read when scraped. */
  gauge(name: string, help: string, read: () => number): void {
    new Gauge({ name, help, registers: [this.registry], collect() { this.set(read()); } });
  }

  /** Lag, checkpoint and parked events per projection, and the log's head, read from the runner when scraped. */
  observeProjections(runner: ProjectionRunner): void {
    // prom-client collects every metric of a scrape at once: they share one reading of the runner.
    let pending: Promise<ProjectionStatus[]> | null = null;
    const read = () => (pending ??= runner.status().finally(() => (pending = null)));
    const perProjection = (name: string, help: string, value: (s: ProjectionStatus) => number) =>
      new Gauge({
        name,
        help,
        labelNames: ['projection'] as const,
        registers: [this.registry],
        async collect() {
          for (const s of await read()) this.set({ projection: s.name }, value(s));
        },
      });
    perProjection('salesflow_projection_lag_events', 'Events between the log’s head and the projection’s checkpoint', (s) => s.lag);
    perProjection('salesflow_projection_parked_events', 'Events the projection could not apply (see GET /api/projections/parked)', (s) => s.parked);
    perProjection('salesflow_projection_checkpoint_position', 'Last log position the projection applied', (s) => s.checkpoint);
    perProjection('salesflow_projection_rebuilding', '1 while the projection is rebuilt', (s) => (s.rebuilding ? 1 : 0));
    new Gauge({
      name: 'salesflow_event_store_head_position',
      help: 'Position of the last event in the log',
      registers: [this.registry],
      async collect() {
        this.set(Math.max(0, ...(await read()).map((s) => s.headPosition)));
      },
    });
  }
}

/** An EventStore that times its appends (a command executor's append carries a whole group of commands: one observation, all their events). */
export class MeasuredEventStore extends EventStoreDecorator {
  constructor(
    inner: EventStore,
    private readonly metrics: Metrics,
  ) {
    super(inner);
  }

  protected mapRead(event: RecordedEvent): RecordedEvent {
    return event;
  }

  override async append(streamName: string, events: EventToAppend[], options?: AppendOptions): Promise<AppendResult> {
    const started = performance.now();
    let outcome = 'ok';
    try {
      return await super.append(streamName, events, options);
    } catch (error) {
      outcome = (error as { kind?: unknown }).kind === 'concurrency' ? 'conflict' : 'error';
      throw error;
    } finally {
      this.metrics.appendDuration.observe({ outcome }, (performance.now() - started) / 1000);
      this.metrics.appendBatchSize.observe(events.length);
    }
  }
}

/** The runner as queries see it, with its read-your-writes waits timed. */
export function measureReadYourWrites(runner: ProjectionRunner, metrics: Metrics): ProjectionRunner {
  const wait = async (name: string, position: number, timeoutMs: number): Promise<WaitForPositionResult> => {
    const started = performance.now();
    const result = await runner.waitForPosition(name, position, timeoutMs);
    metrics.readYourWritesWaits.observe({ outcome: result.reached ? 'reached' : 'timed_out' }, (performance.now() - started) / 1000);
    return result;
  };
  return new Proxy(runner, {
    get(target, property) {
      if (property === 'waitForPosition') return wait;
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/** Serves `GET /metrics` (Prometheus text format) on its own port; resolves once listening. */
export async function serveMetrics(metrics: Metrics, port: number, host: string): Promise<Server> {
  const server = createServer((request, response) => {
    if (request.method !== 'GET' || request.url?.split('?')[0] !== '/metrics') {
      response.writeHead(404, { 'content-type': 'application/problem+json; charset=utf-8' }).end(
        JSON.stringify({ type: 'tag:salesflow,2026:problem:ROUTE.NOT_FOUND', title: 'Not Found', status: 404, detail: 'Only GET /metrics is served here', code: 'ROUTE.NOT_FOUND' }),
      );
      return;
    }
    metrics.registry.metrics().then(
      (text) => response.writeHead(200, { 'content-type': metrics.registry.contentType }).end(text),
      (error: unknown) => response.writeHead(500, { 'content-type': 'text/plain' }).end(String(error)),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  return server;
}

export function portOf(server: Server): number {
  return (server.address() as AddressInfo).port;
}
