import type { EventEmitter } from 'node:events';
import type { RecordedEvent } from '#app/eventsourcing';
import type { EventSubscription } from '../event-store.port.js';

/** Catch-up then live: woken by appends of this process, polling for those of other processes. */
export class SqliteSubscription implements EventSubscription {
  private closed = false;
  private wake: (() => void) | undefined;
  private readonly onAppended = () => this.wake?.();
  private readonly onStoreClosed = () => {
    this.closed = true;
    this.wake?.();
  };

  constructor(
    private readonly read: (after: number, max: number) => RecordedEvent[],
    private readonly appended: EventEmitter,
    private readonly pollIntervalMs: number,
    private position: number,
  ) {
    appended.on('appended', this.onAppended);
    appended.on('closed', this.onStoreClosed);
  }

  async *[Symbol.asyncIterator](): AsyncIterator<RecordedEvent> {
    const batchSize = 500;
    try {
      while (!this.closed) {
        let batch: RecordedEvent[];
        try {
          batch = this.read(this.position, batchSize);
        } catch (error) {
          if (this.closed) return;
          throw error;
        }
        for (const event of batch) {
          if (this.closed) return;
          this.position = event.position;
          yield event;
        }
        if (batch.length < batchSize) await this.waitForMore();
      }
    } finally {
      this.detach();
    }
  }

  private waitForMore(): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, this.pollIntervalMs);
      const self = this;
      function done() {
        clearTimeout(timer);
        self.wake = undefined;
        resolve();
      }
      this.wake = done;
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    this.wake?.();
    this.detach();
  }

  private detach() {
    this.appended.off('appended', this.onAppended);
    this.appended.off('closed', this.onStoreClosed);
  }
}
