import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { SqliteEventStore } from '#app/event-store';
import { IllegalStateError, NotFoundError } from '#app/eventsourcing';
import { allDocuments, appendTypes, quietLogger } from '../testing/projection-test-kit.js';
import { streamCounter, type StreamCount } from '../testing/stream-counter.projection.js';
import { SqliteReadStore } from '../sqlite/sqlite-read-store.js';
import { ProjectionRunner } from './projection-runner.js';

const parkedAt = new Date('2026-11-29T10:00:00.000Z');
const retriedAt = new Date('2026-11-29T11:00:00.000Z');

describe('ProjectionRunner: poison events', () => {
  let events: SqliteEventStore;
  let reads: SqliteReadStore;
  let poisonPosition: number;
  const counted = async (id: string) => (await reads.get<StreamCount>('stream_counts_v1', id))?.count;
  const fixed = streamCounter({ evolve: (document, event, id) => streamCounter().evolve(document, event.type === 'Noted' ? { ...event, data: { text: 'ok' } } : event, id) });

  beforeEach(async () => {
    events = new SqliteEventStore({ filename: ':memory:' });
    reads = new SqliteReadStore({ filename: ':memory:' });
    await appendTypes(events, 'order-1', 'Opened');
    poisonPosition = (await events.append('order-1', [{ type: 'Noted', data: { text: 'bad', poison: true }, metadata: { correlationId: 'campaign-7' } }])).position;
    await appendTypes(events, 'order-1', 'Noted');
    await appendTypes(events, 'order-2', 'Opened');
  });
  afterEach(async () => {
    await events.close();
    await reads.close();
  });

  it('parks the event evolve throws on, records it loudly, and goes on with the rest', async () => {
    const logger = quietLogger();
    const runner = new ProjectionRunner(events, reads, [streamCounter()], { logger, clock: () => parkedAt });

    await runner.catchUp();

    expect(await counted('order-1')).toBe(2);
    expect(await counted('order-2')).toBe(1);
    const [event] = await events.readStream('order-1', { fromRevision: 1, maxCount: 1 });
    expect(await runner.listParked()).toEqual([
      {
        id: `stream_counts_v1:${poisonPosition}`,
        projection: 'stream-counter',
        collection: 'stream_counts_v1',
        position: poisonPosition,
        eventId: event!.id,
        eventType: 'Noted',
        streamName: 'order-1',
        revision: 1,
        error: 'cannot note bad',
        parkedAt: parkedAt.toISOString(),
        attempts: 0,
        lastAttemptAt: null,
      },
    ]);
    expect(logger.error).toHaveBeenCalledWith(expect.stringContaining(`parked Noted at position ${poisonPosition}`), { correlationId: 'campaign-7' });
    expect((await runner.status())[0]).toMatchObject({ parked: 1, lag: 0 });
  });

  it('lists parked events per projection', async () => {
    const other = streamCounter({ name: 'other-counter', collection: 'other_counts', eventTypes: ['Opened'] });
    const runner = new ProjectionRunner(events, reads, [streamCounter(), other], { logger: quietLogger() });
    await runner.catchUp();
    expect((await runner.listParked('stream-counter')).map((p) => p.position)).toEqual([poisonPosition]);
    expect(await runner.listParked('other-counter')).toEqual([]);
  });

  it('keeps the event parked, counting the attempt, while the projection still fails on it', async () => {
    const runner = new ProjectionRunner(events, reads, [streamCounter()], { logger: quietLogger(), clock: () => retriedAt });
    await runner.catchUp();

    const error = await runner.retryParked('stream-counter', poisonPosition).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(IllegalStateError);
    expect((error as IllegalStateError).code).toBe('PROJECTION.RETRY_FAILED');
    expect(await runner.listParked()).toEqual([expect.objectContaining({ attempts: 1, lastAttemptAt: retriedAt.toISOString(), error: 'cannot note bad' })]);
    expect(await counted('order-1')).toBe(2);
  });

  it('applies the event once the projection is fixed, removes the record, and a second retry changes nothing', async () => {
    await new ProjectionRunner(events, reads, [streamCounter()], { logger: quietLogger() }).catchUp();
    const runner = new ProjectionRunner(events, reads, [fixed], { logger: quietLogger() });

    await runner.retryParked('stream-counter', poisonPosition);

    const after = await reads.get<StreamCount>('stream_counts_v1', 'order-1');
    expect(after).toMatchObject({ count: 3, notes: 2 });
    expect(after!.positions).toContain(poisonPosition);
    expect(await runner.listParked()).toEqual([]);
    expect((await runner.status())[0]!.parked).toBe(0);

    await expect(runner.retryParked('stream-counter', poisonPosition)).rejects.toBeInstanceOf(NotFoundError);
    await runner.catchUp();
    expect(await reads.get<StreamCount>('stream_counts_v1', 'order-1')).toEqual(after);
  });

  it('parks an event whose keys throw', async () => {
    const picky = streamCounter({
      keys: (event) => {
        if (event.streamName === 'order-2') throw new Error('no key for order-2');
        return [event.streamName];
      },
    });
    const runner = new ProjectionRunner(events, reads, [picky], { logger: quietLogger() });
    await runner.catchUp();
    expect((await runner.listParked()).map((p) => [p.streamName, p.error])).toEqual([
      ['order-1', 'cannot note bad'],
      ['order-2', 'no key for order-2'],
    ]);
    expect(await counted('order-2')).toBeUndefined();
  });

  it('applies an event to all the documents it touches or to none', async () => {
    const withTotals = streamCounter({
      keys: (event) => [event.streamName, 'totals'],
      evolve: (document, event, id) => {
        if (id === 'totals' && event.type === 'Noted' && event.data.poison) throw new Error('totals cannot take poison');
        return { id, stream: event.streamName, count: (document?.count ?? 0) + 1, positions: [...(document?.positions ?? []), event.position], notes: 0 };
      },
    });
    await new ProjectionRunner(events, reads, [withTotals], { logger: quietLogger() }).catchUp();
    expect(await counted('order-1')).toBe(2);
    expect(await counted('totals')).toBe(3);
  });

  it('parks an event whose evolve mutates the document it was given, instead of corrupting the document', async () => {
    const impure = streamCounter({
      evolve: (document, event, id) => {
        if (!document) return { id, stream: event.streamName, count: 1, positions: [event.position], notes: 0 };
        document.count += 1;
        return document;
      },
    });
    const runner = new ProjectionRunner(events, reads, [impure], { logger: quietLogger() });
    await runner.catchUp();
    expect(await counted('order-1')).toBe(1);
    expect((await runner.listParked()).map((p) => p.eventType)).toEqual(['Noted', 'Noted']);
    expect(await allDocuments(reads, 'stream_counts_v1')).toHaveLength(2);
  });

  it('rejects a retry where nothing is parked with NotFoundError PROJECTION.PARKED_NOT_FOUND', async () => {
    const runner = new ProjectionRunner(events, reads, [streamCounter()], { logger: quietLogger() });
    await runner.catchUp();
    await expect(runner.retryParked('stream-counter', poisonPosition + 1)).rejects.toMatchObject({ code: 'PROJECTION.PARKED_NOT_FOUND' });
  });
});
