import { describe, expect, it } from '@jest/globals';
import { SqliteEventStore } from '#app/event-store';
import { ConcurrencyError, PreconditionFailedError, UnprocessableError } from './errors.js';
import { handleCommand } from './handle-command.js';
import type { AppendResult, EventToAppend, ExpectedRevision, RecordedEvent, StreamAccess } from './store-types.js';
import type { Command, CommandContext, Decider, Event } from './types.js';

type Add = Command<'Add', { n: number }>;
type Added = Event<'Added', { n: number }>;
const counter: Decider<Add, number, Added> = {
  initialState: () => 0,
  evolve: (s, e) => s + e.data.n,
  decide: (c) => [{ type: 'Added', data: { n: c.data.n } }],
};

const context = (over: Partial<CommandContext> = {}): CommandContext => ({
  actor: { id: 'u1', name: 'U1', roles: ['supervisor'], teams: ['t'] },
  commandId: `c-${Math.random()}`,
  correlationId: 'corr',
  now: new Date('2027-01-01T00:00:00Z'),
  ...over,
});
const add = (n: number, over: Partial<CommandContext> = {}): Add => ({ type: 'Add', data: { n }, context: context(over) });

describe('handleCommand', () => {
  it('reads, folds, decides and appends with the metadata of Decision 9', async () => {
    const store = new SqliteEventStore({ filename: ':memory:' });
    await handleCommand(store, counter, 'counter-1', add(2));
    const result = await handleCommand(store, counter, 'counter-1', add(3, { actingRole: 'supervisor', causationId: 'cause' }));
    expect(result.state).toBe(5);
    expect(result.nextExpectedRevision).toBe(1);
    const events = await store.readStream('counter-1');
    expect(events[1]!.metadata).toEqual({
      actorId: 'u1',
      actorName: 'U1',
      actorRole: 'supervisor',
      commandId: expect.any(String),
      commandType: 'Add',
      correlationId: 'corr',
      causationId: 'cause',
      occurredAt: '2027-01-01T00:00:00.000Z',
    });
    await store.close();
  });

  it('answers a repeated command id from the stream and appends nothing', async () => {
    const store = new SqliteEventStore({ filename: ':memory:' });
    const first = await handleCommand(store, counter, 'counter-1', add(2, { commandId: 'same', requestHash: 'h1' }));
    await handleCommand(store, counter, 'counter-1', add(1));
    const again = await handleCommand(store, counter, 'counter-1', add(2, { commandId: 'same', requestHash: 'h1' }));
    expect(again.replayed).toBe(true);
    expect(again.nextExpectedRevision).toBe(first.nextExpectedRevision);
    expect(again.position).toBe(first.position);
    expect(await store.readStream('counter-1')).toHaveLength(2);
    await store.close();
  });

  it('rejects a repeated command id with a different request', async () => {
    const store = new SqliteEventStore({ filename: ':memory:' });
    await handleCommand(store, counter, 'counter-1', add(2, { commandId: 'same', requestHash: 'h1' }));
    await expect(handleCommand(store, counter, 'counter-1', add(9, { commandId: 'same', requestHash: 'h2' }))).rejects.toBeInstanceOf(UnprocessableError);
    expect(await store.readStream('counter-1')).toHaveLength(1);
    await store.close();
  });

  it('fails a stale If-Match revision with PreconditionFailed and appends nothing', async () => {
    const store = new SqliteEventStore({ filename: ':memory:' });
    await handleCommand(store, counter, 'counter-1', add(1));
    await handleCommand(store, counter, 'counter-1', add(1));
    await expect(handleCommand(store, counter, 'counter-1', add(1), { expectedRevision: 0 })).rejects.toBeInstanceOf(PreconditionFailedError);
    const ok = await handleCommand(store, counter, 'counter-1', add(1), { expectedRevision: 1 });
    expect(ok.nextExpectedRevision).toBe(2);
    await store.close();
  });

  it('retries after losing a race when the client gave no revision', async () => {
    const inner = new SqliteEventStore({ filename: ':memory:' });
    let raced = false;
    const racing: StreamAccess = {
      readStream: (s) => inner.readStream(s),
      async append(s: string, events: EventToAppend[], o?: { expectedRevision?: ExpectedRevision }): Promise<AppendResult> {
        if (!raced) {
          raced = true;
          await inner.append(s, [{ type: 'Added', data: { n: 100 } }]);
        }
        return inner.append(s, events, o);
      },
    };
    const result = await handleCommand(racing, counter, 'counter-1', add(1));
    expect(result.state).toBe(101);
    expect((await inner.readStream('counter-1')).map((e: RecordedEvent) => e.data)).toEqual([{ n: 100 }, { n: 1 }]);
    await inner.close();
  });

  it('gives up after the retry budget and surfaces the ConcurrencyError', async () => {
    const inner = new SqliteEventStore({ filename: ':memory:' });
    const alwaysLoses: StreamAccess = {
      readStream: (s) => inner.readStream(s),
      append: async () => {
        throw new ConcurrencyError('lost', 0, 1);
      },
    };
    await expect(handleCommand(alwaysLoses, counter, 'counter-1', add(1), { maxRetries: 2 })).rejects.toBeInstanceOf(ConcurrencyError);
    await inner.close();
  });
});
