import { describe, expect, it } from '@jest/globals';
import { EventStoreDbEventStore, SqliteEventStore, type EventStore } from '#app/event-store';
import { InMemoryEventStoreDbClient } from '#testing/event-store';
import { SqliteReadStore } from '../sqlite/sqlite-read-store.js';
import { appendTypes, quietLogger } from '../testing/projection-test-kit.js';
import { streamCounter } from '../testing/stream-counter.projection.js';
import { ProjectionRunner } from './projection-runner.js';

/** Each back end, and what it reports of 6 events behind with a limit of 3: the embedded store counts without reading, so exactly. */
const BACK_ENDS: [string, () => EventStore, { lag: number; lagAtLeast: boolean }][] = [
  ['the embedded store (positions number the events)', () => new SqliteEventStore({ filename: ':memory:' }), { lag: 6, lagAtLeast: false }],
  ['EventStoreDB (positions are byte offsets in its log)', () => new EventStoreDbEventStore(new InMemoryEventStoreDbClient()), { lag: 3, lagAtLeast: true }],
];

describe.each(BACK_ENDS)('Lag and rebuild progress in events on %s', (_name, makeStore, beyondLimit) => {
  async function setUp(options: ConstructorParameters<typeof ProjectionRunner>[3] = {}) {
    const events = makeStore();
    const reads = new SqliteReadStore({ filename: ':memory:' });
    const runner = new ProjectionRunner(events, reads, [streamCounter()], { logger: quietLogger(), batchSize: 2, ...options });
    return { events, runner, close: async () => Promise.all([runner.stop(), events.close(), reads.close()]) };
  }

  it('reports how many events the projection and a process are behind, whatever the distance between positions', async () => {
    const { events, runner, close } = await setUp({ processes: [{ name: 'noter', eventTypes: ['Noted'], handle: async () => undefined }] });
    await appendTypes(events, 'order-1', 'Opened', 'Noted');
    await runner.catchUp();
    await appendTypes(events, 'order-2', 'Opened', 'Noted', 'Noted');
    await appendTypes(events, 'misc-1', 'Ignored');

    expect((await runner.status())[0]).toMatchObject({ lag: 4, lagAtLeast: false, rebuild: null });
    expect(await runner.processStatus()).toEqual([{ name: 'noter', kind: 'process', checkpoint: 0, headPosition: await events.headPosition(), lag: 6, lagAtLeast: false, parked: 0 }]);
    await runner.catchUp();
    expect((await runner.status())[0]).toMatchObject({ lag: 0, lagAtLeast: false });
    await close();
  });

  it('counts a lag up to the runner’s limit, or a reader’s larger one, and says when it stopped there', async () => {
    const { events, runner, close } = await setUp({ lagCountLimit: 3 });
    await appendTypes(events, 'order-1', 'Opened', 'Noted', 'Noted', 'Noted', 'Noted', 'Closed');
    expect((await runner.status())[0]).toMatchObject(beyondLimit);
    expect((await runner.status({ lagLimit: 10 }))[0]).toMatchObject({ lag: 6, lagAtLeast: false });
    await close();
  });

  it('reports a rebuild’s progress and rate in events applied, its total in events to apply', async () => {
    const { events, runner, close } = await setUp();
    for (let i = 0; i < 5; i++) await appendTypes(events, `order-${i}`, 'Opened', 'Noted');
    await runner.catchUp();
    const progress: [number, number, number][] = [];
    await runner.rebuild('stream-counter', { onProgress: (processed, total, rate) => void progress.push([processed, total, rate]) });
    expect(progress.map(([processed, total]) => [processed, total])).toEqual([
      [2, 10],
      [4, 10],
      [6, 10],
      [8, 10],
      [10, 10],
      [10, 10],
    ]);
    expect(progress.every(([processed, , rate]) => rate > 0 && rate < processed * 1e6)).toBe(true);
    await close();
  });

  it('counts the events appended while a rebuild runs into its total', async () => {
    const { events, runner, close } = await setUp();
    await appendTypes(events, 'order-1', 'Opened', 'Noted', 'Noted', 'Noted');
    await runner.catchUp();
    const totals: number[] = [];
    let appended = false;
    await runner.rebuild('stream-counter', {
      onProgress: async (_processed, total) => {
        totals.push(total);
        if (!appended) {
          appended = true;
          await appendTypes(events, 'order-2', 'Opened', 'Noted', 'Closed');
        }
      },
    });
    expect(totals[0]).toBe(4);
    expect(totals.slice(1)).toEqual(totals.slice(1).map(() => 7));
    await close();
  });
});
