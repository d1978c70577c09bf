import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { COMMAND_RECORDED, ConcurrencyError, type CommandStamp } from '#app/eventsourcing';
import type { EventStore } from '../event-store.port.js';

/**
 * The command index every EventStore adapter keeps: commands recorded with their events, looked up
 * by id without reading a stream, and an id recorded once anywhere never appends again.
 */
export function commandIndexContract(name: string, makeStore: () => Promise<EventStore>, dispose?: (store: EventStore) => Promise<void>) {
  describe(`Command index contract: ${name}`, () => {
    let store: EventStore;
    const stream = () => `contract-${randomUUID().replaceAll('-', '')}`;
    const ev = (type: string) => ({ id: randomUUID(), type, data: { type }, metadata: {} });
    const command = (eventCount: number, over: Partial<CommandStamp> = {}): CommandStamp => ({ commandId: randomUUID(), eventCount, indexed: true, ...over });

    beforeAll(async () => {
      store = await makeStore();
    });
    afterAll(async () => {
      if (dispose) await dispose(store);
      else await store.close();
    });

    it('finds nothing for an unknown command id', async () => {
      expect(await store.findCommand(randomUUID())).toBeNull();
    });

    it('records each indexed command of an append with its stream, request hash, revisions and position', async () => {
      const s = stream();
      await store.append(s, [ev('Before')], { expectedRevision: 'no_stream' });
      const [a, b, fresh] = [command(2, { requestHash: 'hash-a' }), command(1), command(1, { indexed: false })];
      const result = await store.append(s, [ev('A1'), ev('A2'), ev('B1'), ev('F1')], { expectedRevision: 0, commands: [a, b, fresh] });
      const events = await store.readStream(s);
      expect(result.commands).toEqual([
        { lastRevision: 2, position: events[2]!.position },
        { lastRevision: 3, position: events[3]!.position },
        { lastRevision: 4, position: events[4]!.position },
      ]);
      expect(await store.findCommand(a.commandId)).toEqual({
        commandId: a.commandId,
        streamName: s,
        requestHash: 'hash-a',
        outcome: { firstRevision: 1, lastRevision: 2, position: events[2]!.position },
      });
      expect(await store.findCommand(b.commandId)).toMatchObject({ streamName: s, requestHash: null, outcome: { firstRevision: 3, lastRevision: 3 } });
      expect(await store.findCommand(fresh.commandId)).toBeNull();
    });

    it('refuses a recorded command id on its stream or any other with STREAM.COMMAND_RECORDED, writing nothing', async () => {
      const [s1, s2] = [stream(), stream()];
      const once = command(1, { requestHash: 'h' });
      await store.append(s1, [ev('A')], { expectedRevision: 'no_stream', commands: [once] });
      const head = await store.headPosition();
      for (const [target, expectedRevision] of [[s1, 0], [s2, 'no_stream']] as const) {
        const error = await store.append(target, [ev('Again')], { expectedRevision, commands: [once, command(1)] }).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(ConcurrencyError);
        expect(error).toMatchObject({ code: COMMAND_RECORDED });
      }
      expect((await store.readStream(s1)).map((e) => e.type)).toEqual(['A']);
      expect(await store.readStream(s2)).toEqual([]);
      expect(await store.headPosition()).toBe(head);
    });

    it('lets one of two concurrent appends of the same command id to two streams through', async () => {
      const [s1, s2] = [stream(), stream()];
      const shared = command(1, { requestHash: 'h' });
      const outcomes = await Promise.allSettled([
        store.append(s1, [ev('A')], { expectedRevision: 'no_stream', commands: [shared] }),
        store.append(s2, [ev('A')], { expectedRevision: 'no_stream', commands: [shared] }),
      ]);
      expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
      expect((outcomes.find((o) => o.status === 'rejected') as PromiseRejectedResult).reason).toBeInstanceOf(ConcurrencyError);
      expect((await store.readStream(s1)).length + (await store.readStream(s2)).length).toBe(1);
      const found = await store.findCommand(shared.commandId);
      expect([s1, s2]).toContain(found?.streamName);
      expect(found?.outcome?.lastRevision).toBe(0);
    });

    it('records nothing when the append loses its race, so the command can run again', async () => {
      const s = stream();
      await store.append(s, [ev('A')]);
      const lost = command(1);
      await expect(store.append(s, [ev('B')], { expectedRevision: 5, commands: [lost] })).rejects.toBeInstanceOf(ConcurrencyError);
      expect(await store.findCommand(lost.commandId)).toBeNull();
      const result = await store.append(s, [ev('B')], { expectedRevision: 0, commands: [lost] });
      expect(await store.findCommand(lost.commandId)).toMatchObject({ streamName: s, outcome: { firstRevision: 1, lastRevision: 1, position: result.position } });
    });
  });
}
