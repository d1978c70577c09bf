import { randomUUID } from 'node:crypto';
import { Worker } from 'node:worker_threads';
import { ConcurrencyError, type AppendResult, type EventToAppend, type ExpectedRevision, type RecordedCommand, type RecordedEvent } from '#app/eventsourcing';
import { EventStore, SqliteEventStore, type EventSubscription, type ReadAllOptions, type ReadStreamOptions, type SubscribeOptions } from '#app/event-store';
import type { AppendRequest } from '../../libs/event-store/src/sqlite/sqlite-appender.js';
import type { WorkerReply } from './writer-worker.js';

interface Pending extends AppendRequest {
  resolve: (result: AppendResult) => void;
  reject: (error: unknown) => void;
}

/**
 * The experiment: group commit off the main thread. Appends go to a worker thread that runs the
 * store's SqliteAppender with the store's connection settings; appends arriving while a commit is in flight form
 * the next batch (at most `maxBatch`, so callers split into groups whose work overlaps the other
 * group's commit). Reads go through a SqliteEventStore on the main thread.
 */
export class WorkerWriterStore extends EventStore {
  private readonly reader: SqliteEventStore;
  private readonly worker: Worker;
  private pending: Pending[] = [];
  private inFlight: Pending[] | null = null;
  private scheduled = false;

  constructor(filename: string, private readonly maxBatch = Number.MAX_SAFE_INTEGER) {
    super();
    this.reader = new SqliteEventStore({ filename });
    const settings = this.reader.connectionSettings();
    this.worker = new Worker(new URL('./writer-worker.js', import.meta.url), { workerData: { filename, settings } });
    this.worker.on('message', (reply: WorkerReply) => this.settle(reply));
  }

  override append(streamName: string, events: EventToAppend[], options: { expectedRevision?: ExpectedRevision } = {}): Promise<AppendResult> {
    const serialized = events.map((e) => ({
      id: e.id ?? randomUUID(),
      type: e.type,
      data: JSON.stringify(e.data ?? null),
      metadata: JSON.stringify(e.metadata ?? {}),
    }));
    return new Promise((resolve, reject) => {
      this.pending.push({ streamName, events: serialized, expectedRevision: options.expectedRevision ?? 'any', resolve, reject });
      if (!this.scheduled && !this.inFlight) {
        this.scheduled = true;
        setImmediate(() => {
          this.scheduled = false;
          this.send();
        });
      }
    });
  }

  private send() {
    if (this.inFlight || this.pending.length === 0) return;
    const batch = this.pending.splice(0, this.maxBatch);
    this.inFlight = batch;
    this.worker.postMessage(batch.map(({ streamName, events, expectedRevision }) => ({ streamName, events, expectedRevision })));
  }

  private settle(reply: WorkerReply) {
    const batch = this.inFlight!;
    this.inFlight = null;
    this.send();
    if ('failed' in reply) {
      for (const p of batch) p.reject(new Error(reply.failed));
      return;
    }
    reply.results.forEach((r, i) => {
      const p = batch[i]!;
      if (!('error' in r)) p.resolve(r);
      else if (r.error.concurrency) p.reject(new ConcurrencyError(r.error.message, r.error.concurrency.expected, r.error.concurrency.actual, r.error.code));
      else p.reject(new Error(r.error.message));
    });
  }

  override findCommand(commandId: string): Promise<RecordedCommand | null> {
    return this.reader.findCommand(commandId);
  }

  override readStream(streamName: string, options?: ReadStreamOptions): Promise<RecordedEvent[]> {
    return this.reader.readStream(streamName, options);
  }

  override readAll(options?: ReadAllOptions): Promise<RecordedEvent[]> {
    return this.reader.readAll(options);
  }

  override headPosition(): Promise<number> {
    return this.reader.headPosition();
  }

  override subscribeToAll(options?: SubscribeOptions): EventSubscription {
    return this.reader.subscribeToAll(options);
  }

  override async close(): Promise<void> {
    while (this.pending.length > 0 || this.inFlight || this.scheduled) await new Promise((r) => setTimeout(r, 1));
    await this.worker.terminate();
    await this.reader.close();
  }
}
