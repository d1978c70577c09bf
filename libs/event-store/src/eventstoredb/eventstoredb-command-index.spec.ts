import { describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { COMMAND_RECORDED, ConcurrencyError, type CommandStamp } from '#app/eventsourcing';
import { commandIndexContract, snapshotStoreContract } from '#testing/event-store';
import { EventStoreDbEventStore } from './eventstoredb-event-store.js';
import { InMemoryEventStoreDbClient } from './testing/in-memory-eventstoredb-client.js';

for (const contract of [commandIndexContract, snapshotStoreContract]) {
  contract('EventStoreDB adapter over an in-memory client', async () => new EventStoreDbEventStore(new InMemoryEventStoreDbClient()));
}

describe('EventStoreDB command index: reservations', () => {
  const ev = () => ({ id: randomUUID(), type: 'Added', data: {}, metadata: {} });
  const stamp = (over: Partial<CommandStamp> = {}): CommandStamp => ({ commandId: randomUUID(), eventCount: 1, indexed: true, requestHash: 'h', ...over });

  function setUp() {
    const client = new InMemoryEventStoreDbClient();
    let now = 1_000_000;
    const store = new EventStoreDbEventStore(client, { reservationGraceMs: 10_000, now: () => now });
    return { client, store, advance: (ms: number) => (now += ms) };
  }

  /** A crash right after the reservation: it is written, neither the events nor a release are. */
  async function crashAfterReserving(client: InMemoryEventStoreDbClient, command: CommandStamp, streamName: string) {
    const dying = Object.create(client) as InMemoryEventStoreDbClient;
    let writes = 0;
    dying.appendToStream = async (name, events, options) => {
      if (writes++ > 0) throw new Error('the process died');
      return client.appendToStream(name, events, options);
    };
    const crashing = new EventStoreDbEventStore(dying, { reservationGraceMs: 10_000, now: () => 1_000_000 });
    await expect(crashing.append(streamName, [ev()], { expectedRevision: 'no_stream', commands: [command] })).rejects.toThrow('the process died');
  }

  it('writes the reservation before the events and finds the command through it', async () => {
    const { client, store } = setUp();
    const command = stamp();
    await store.append('plan-1', [ev()], { expectedRevision: 'no_stream', commands: [command] });
    expect(client.stored(`commandindex-${command.commandId}`).map((e) => e.type)).toEqual(['CommandReserved']);
    expect(await store.findCommand(command.commandId)).toMatchObject({ streamName: 'plan-1', requestHash: 'h', outcome: { firstRevision: 0, lastRevision: 0 } });
  });

  it('releases the reservation of an append that loses its race, so a retry is free at once', async () => {
    const { client, store } = setUp();
    await store.append('plan-1', [ev()]);
    const command = stamp();
    await expect(store.append('plan-1', [ev()], { expectedRevision: 'no_stream', commands: [command] })).rejects.toBeInstanceOf(ConcurrencyError);
    expect(client.stored(`commandindex-${command.commandId}`).map((e) => e.type)).toEqual(['CommandReserved', 'CommandReleased']);
    expect(await store.findCommand(command.commandId)).toBeNull();
    await store.append('plan-1', [ev()], { expectedRevision: 0, commands: [command] });
    expect((await store.findCommand(command.commandId))?.outcome).toMatchObject({ firstRevision: 1 });
  });

  it('makes a retry wait while a reservation without its events is young, then lets it take the reservation over', async () => {
    const { client, store, advance } = setUp();
    const command = stamp();
    await crashAfterReserving(client, command, 'plan-1');
    expect(await store.findCommand(command.commandId)).toEqual({ commandId: command.commandId, streamName: 'plan-1', requestHash: 'h' });
    const early = await store.append('plan-1', [ev()], { expectedRevision: 'no_stream', commands: [command] }).catch((e: unknown) => e);
    expect(early).toMatchObject({ code: 'STREAM.COMMAND_IN_FLIGHT' });
    advance(10_001);
    await store.append('plan-1', [ev()], { expectedRevision: 'no_stream', commands: [command] });
    expect(await store.findCommand(command.commandId)).toMatchObject({ outcome: { firstRevision: 0, lastRevision: 0 } });
    expect(await store.readStream('plan-1')).toHaveLength(1);
  });

  it('refuses an id reserved for another stream even while that reservation is in doubt', async () => {
    const { client, store, advance } = setUp();
    const command = stamp();
    await crashAfterReserving(client, command, 'plan-1');
    advance(60_000);
    const error = await store.append('plan-2', [ev()], { expectedRevision: 'no_stream', commands: [command] }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: COMMAND_RECORDED });
    expect(await store.readStream('plan-2')).toEqual([]);
  });
});
