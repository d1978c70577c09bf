import { describe, expect, it } from '@jest/globals';
import { logContext, type RecordedEvent } from '#app/eventsourcing';
import { SqliteEventStore } from '../sqlite/sqlite-event-store.js';
import { EventProcessRunner, type CheckpointStore } from './event-process-runner.js';

describe('EventProcessRunner', () => {
  it('handles each event inside a log context carrying the event’s correlation id, so every line the handling writes names it', async () => {
    const store = new SqliteEventStore({ filename: ':memory:' });
    await store.append('order-1', [
      { type: 'Placed', data: {}, metadata: { correlationId: 'campaign-1' } },
      { type: 'Ignored', data: {}, metadata: { correlationId: 'campaign-2' } },
      { type: 'Placed', data: {}, metadata: { correlationId: 'campaign-3' } },
    ]);
    const seen: (string | undefined)[] = [];
    const checkpoints = new Map<string, number>();
    const checkpointStore: CheckpointStore = { getCheckpoint: async (name) => checkpoints.get(name) ?? null, saveCheckpoint: async (name, position) => void checkpoints.set(name, position) };
    const runner = new EventProcessRunner(store, checkpointStore, { name: 'p', eventTypes: ['Placed'], handle: async (_: RecordedEvent) => void seen.push(logContext.current()?.correlationId) });
    expect(await runner.catchUp()).toBe(2);
    expect(seen).toEqual(['campaign-1', 'campaign-3']);
    expect(logContext.current()).toBeUndefined();
    await store.close();
  });
});
