import { afterEach, describe, expect, it } from '@jest/globals';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { IllegalStateError } from '#app/eventsourcing';
import { EventStore, SqliteEventStore, auditedEventStore } from '#app/event-store';
import { PlainEventStore } from '#testing/event-store';
import { NOW, TEAM, ctx, qiluFoods, salesAnn, salesBob } from '#testing/customer-development';
import type { AddProspect } from '../prospect/prospect.commands.js';
import { prospectStream } from '../prospect/prospect.js';
import { ExecuteProspectCommand, ExecuteProspectCommandHandler, prospectIdFor } from './execute-prospect-command.js';
import { prospectKeyStream } from './prospect-key.events.js';
import { RESERVATION_GRACE_MS, prospectNameKey } from './prospect-key-reservations.js';

/** The embedded store without its multi-stream append, as EventStoreDB is; it crashes before writing a ProspectAdded while `crashing`. */
class TwoStepStore extends PlainEventStore {
  crashing = false;

  override append(...args: Parameters<EventStore['append']>) {
    if (this.crashing && args[1].some((e) => e.type === 'ProspectAdded')) return Promise.reject(new Error('simulated crash before the prospect was written'));
    return this.inner.append(...args);
  }
}

const add = (commandId: string, who = salesAnn, now = NOW): AddProspect => ({
  type: 'AddProspect',
  data: { prospectId: prospectIdFor(commandId), ...qiluFoods, registrationNumber: '91370100MA3C000001' },
  context: { ...ctx(who, now), commandId },
});

/** A crash inside the one transaction: SQLite refuses any ProspectAdded until recovered. */
function crashOnProspect(file: string) {
  const db = new Database(file);
  db.exec(`CREATE TABLE IF NOT EXISTS crash (on_prospect INTEGER);
    CREATE TRIGGER IF NOT EXISTS crash_on_prospect BEFORE INSERT ON events WHEN NEW.type = 'ProspectAdded' AND EXISTS (SELECT 1 FROM crash)
    BEGIN SELECT RAISE(ABORT, 'simulated crash before the prospect was written'); END;
    INSERT INTO crash VALUES (1);`);
  return () => {
    db.exec('DELETE FROM crash');
    db.close();
  };
}

const name = prospectNameKey(TEAM, 'qilu foods');
let store: EventStore;
afterEach(async () => {
  await store.close();
});

function open() {
  const file = join(mkdtempSync(join(tmpdir(), 'salesflow-add-prospect-')), 'events.sqlite');
  store = auditedEventStore(new SqliteEventStore({ filename: file }));
  return { file, handler: new ExecuteProspectCommandHandler(store) };
}

function openTwoStep() {
  const twoStep = new TwoStepStore(auditedEventStore(new SqliteEventStore({ filename: ':memory:' })));
  store = twoStep;
  return { twoStep, handler: new ExecuteProspectCommandHandler(store) };
}

describe('AddProspect on the embedded store', () => {
  it('writes the name and registration reservations and the prospect in one step: a crash leaves neither, and the name is free at once', async () => {
    const { file, handler } = open();
    const recover = crashOnProspect(file);
    // The error comes from SQLite, possibly from another realm than this test's: matched by its message.
    await expect(handler.execute(new ExecuteProspectCommand(add('first')))).rejects.toMatchObject({ message: expect.stringContaining('simulated crash') });
    expect(await store.readStream(prospectKeyStream(name))).toEqual([]);
    expect(await store.headPosition()).toBe(0);
    recover();

    const second = await handler.execute(new ExecuteProspectCommand(add('second', salesBob)));
    expect(second).toMatchObject({ prospectId: prospectIdFor('second'), revision: 0, replayed: false });
    const writes = await store.readAll();
    expect(writes.map((e) => e.type).sort()).toEqual(['ProspectAdded', 'ProspectKeyReserved', 'ProspectKeyReserved']);
    expect(writes.map((e) => e.position)).toEqual([1, 2, 3]);
  });

  it('answers a retry of the same command from the stream, reserving nothing again', async () => {
    const { handler } = open();
    const first = await handler.execute(new ExecuteProspectCommand(add('same')));
    expect(await handler.execute(new ExecuteProspectCommand(add('same')))).toEqual({ ...first, replayed: true });
    expect(await store.readStream(prospectKeyStream(name))).toHaveLength(1);
  });

  it('refuses a duplicate with PROSPECT.DUPLICATE naming the existing prospect, writing nothing', async () => {
    const { handler } = open();
    await handler.execute(new ExecuteProspectCommand(add('first')));
    const head = await store.headPosition();
    await expect(handler.execute(new ExecuteProspectCommand(add('other', salesBob)))).rejects.toMatchObject({
      code: 'PROSPECT.DUPLICATE',
      details: { existingProspectId: prospectIdFor('first') },
    });
    expect(await store.headPosition()).toBe(head);
  });
});

describe('AddProspect where the store cannot append to several streams at once (EventStoreDB)', () => {
  it('leaves a reservation naming the prospect after a crash, which a retry of the same command completes', async () => {
    const { twoStep, handler } = openTwoStep();
    twoStep.crashing = true;
    await expect(handler.execute(new ExecuteProspectCommand(add('key-1')))).rejects.toThrow('simulated crash');
    expect((await store.readStream(prospectKeyStream(name))).map((e) => (e.data as { prospectId: string }).prospectId)).toEqual([prospectIdFor('key-1')]);
    twoStep.crashing = false;

    expect(await handler.execute(new ExecuteProspectCommand(add('key-1')))).toMatchObject({ prospectId: prospectIdFor('key-1'), replayed: false });
    expect(await store.readStream(prospectStream(prospectIdFor('key-1')))).toHaveLength(1);
    expect(await store.readStream(prospectKeyStream(name))).toHaveLength(1);
  });

  it('lets another prospect take over a reservation whose prospect never appeared, once the grace period is over', async () => {
    const { twoStep, handler } = openTwoStep();
    twoStep.crashing = true;
    await expect(handler.execute(new ExecuteProspectCommand(add('lost')))).rejects.toThrow('simulated crash');
    twoStep.crashing = false;
    await expect(handler.execute(new ExecuteProspectCommand(add('early', salesBob)))).rejects.toBeInstanceOf(IllegalStateError);
    const later = new Date(NOW.getTime() + RESERVATION_GRACE_MS + 1);
    expect(await handler.execute(new ExecuteProspectCommand(add('late', salesBob, later)))).toMatchObject({ prospectId: prospectIdFor('late'), replayed: false });
  });
});
