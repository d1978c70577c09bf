import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { IllegalStateError, newId, type Command } from '#app/eventsourcing';
import { SqliteEventStore } from '#app/event-store';
import { NOW, TEAM, creditCheckRecorded, ctx, prospectAdded, PROSPECT_ID, salesAnn, salesBob } from '#testing/customer-development';
import { prospectStream } from '../prospect/prospect.js';
import { prospectKeyStream, type ProspectKey, type ProspectKeyReserved } from './prospect-key.events.js';
import {
  ProspectKeyReservations,
  RESERVATION_GRACE_MS,
  normaliseRegistrationNumber,
  prospectNameKey,
  registrationNumberKey,
} from './prospect-key-reservations.js';

let store: SqliteEventStore;
let keys: ProspectKeyReservations;

beforeEach(() => {
  store = new SqliteEventStore({ filename: ':memory:' });
  keys = new ProspectKeyReservations(store);
});
afterEach(async () => {
  await store.close();
});

const addCommand = (now: Date = NOW, who = salesAnn): Command => ({ type: 'AddProspect', data: {}, context: ctx(who, now) });
const nameKey = prospectNameKey(TEAM, 'qilu foods');
const regKey = registrationNumberKey(TEAM, '91370100MA3C000001');
const later = (ms: number) => new Date(NOW.getTime() + ms);

const reservationsOf = async (key: ProspectKey) => (await store.readStream(prospectKeyStream(key))).map((e) => e.data as ProspectKeyReserved['data']);

async function listQiluFoods() {
  await store.append(prospectStream(PROSPECT_ID), [prospectAdded, creditCheckRecorded()].map((e) => ({ type: e.type, data: e.data })));
}

describe('registration numbers', () => {
  it('compare without case, spaces, dashes or dots', () => {
    expect(normaliseRegistrationNumber(' 9137 0100-ma3c.000001 ')).toBe('91370100MA3C000001');
    expect(registrationNumberKey(TEAM, '９１３７0100ma3c000001')).toEqual(regKey);
  });
});

describe('a free key', () => {
  it('is reserved for the prospect on a new stream, with who reserved it and when', async () => {
    await keys.reserve([nameKey], PROSPECT_ID, addCommand());
    const [event] = await store.readStream(prospectKeyStream(nameKey));
    expect(event!.data).toEqual({ ...nameKey, prospectId: PROSPECT_ID, reservedAt: NOW.toISOString() });
    expect(event!.metadata).toMatchObject({ actorId: 'ann', actorRole: 'salesperson', commandType: 'AddProspect' });
  });

  it('is reserved once when the same command is retried', async () => {
    const command = addCommand();
    await keys.reserve([nameKey], PROSPECT_ID, command);
    await keys.reserve([nameKey], PROSPECT_ID, command);
    expect(await reservationsOf(nameKey)).toHaveLength(1);
  });
});

describe('a key held by a prospect that carries it', () => {
  beforeEach(async () => {
    await keys.reserve([nameKey, regKey], PROSPECT_ID, addCommand());
    await listQiluFoods();
  });

  it('refuses another prospect with PROSPECT.DUPLICATE naming the holder, writing no key at all', async () => {
    const otherName = prospectNameKey(TEAM, 'another company');
    const attempt = keys.reserve([otherName, regKey], newId(), addCommand(later(RESERVATION_GRACE_MS * 10), salesBob));
    await expect(attempt).rejects.toThrow(IllegalStateError);
    await expect(attempt).rejects.toMatchObject({
      code: 'PROSPECT.DUPLICATE',
      details: { existingProspectId: PROSPECT_ID, matchedOn: 'registrationNumber' },
    });
    expect(await reservationsOf(otherName)).toEqual([]);
  });

  it('is kept by its holder without a new event', async () => {
    await keys.reserve([nameKey, regKey], PROSPECT_ID, addCommand());
    expect(await reservationsOf(nameKey)).toHaveLength(1);
  });

  it('leaves the same key free for another team', async () => {
    const south = prospectNameKey('south', 'qilu foods');
    const southProspect = newId();
    await keys.reserve([south], southProspect, addCommand());
    expect(await reservationsOf(south)).toEqual([expect.objectContaining({ team: 'south', prospectId: southProspect })]);
  });
});

describe('a key whose prospect stream does not exist (a crash between the two appends)', () => {
  const ghost = newId();
  beforeEach(async () => {
    await keys.reserve([nameKey], ghost, addCommand());
  });

  it('is presumed in flight during the grace period: a duplicate of the pending prospect', async () => {
    const attempt = keys.reserve([nameKey], PROSPECT_ID, addCommand(later(RESERVATION_GRACE_MS - 1), salesBob));
    await expect(attempt).rejects.toMatchObject({ code: 'PROSPECT.DUPLICATE', details: { existingProspectId: ghost } });
    expect(await reservationsOf(nameKey)).toHaveLength(1);
  });

  it('is taken over after the grace period, with the expected revision of the leftover', async () => {
    await keys.reserve([nameKey], PROSPECT_ID, addCommand(later(RESERVATION_GRACE_MS), salesBob));
    expect(await reservationsOf(nameKey)).toEqual([
      expect.objectContaining({ prospectId: ghost }),
      { ...nameKey, prospectId: PROSPECT_ID, previousProspectId: ghost, reservedAt: later(RESERVATION_GRACE_MS).toISOString() },
    ]);
  });

  it('is taken back by the same command after another leftover took it over', async () => {
    const retried = addCommand();
    const first = newId();
    await keys.reserve([prospectNameKey(TEAM, 'twice crashed')], first, retried);
    await keys.reserve([prospectNameKey(TEAM, 'twice crashed')], newId(), addCommand(later(RESERVATION_GRACE_MS), salesBob));
    await keys.reserve([prospectNameKey(TEAM, 'twice crashed')], first, { ...retried, context: { ...retried.context, now: later(2 * RESERVATION_GRACE_MS) } });
    const events = await reservationsOf(prospectNameKey(TEAM, 'twice crashed'));
    expect(events.map((e) => e.prospectId)).toEqual([first, expect.any(String), first]);
  });

  it('is reused at once by the prospect it names (the retry with the same Idempotency-Key)', async () => {
    await keys.reserve([nameKey], ghost, addCommand());
    expect(await reservationsOf(nameKey)).toHaveLength(1);
  });
});

describe('a registration number its holder no longer carries', () => {
  it('is free once the holder’s latest credit check records another number', async () => {
    await keys.reserve([regKey], PROSPECT_ID, addCommand());
    await listQiluFoods();
    const renumbered = creditCheckRecorded(2);
    await store.append(prospectStream(PROSPECT_ID), [
      { type: renumbered.type, data: { ...renumbered.data, registrationNumber: '91370100MA3C999999' } },
    ]);
    const newcomer = newId();
    await keys.reserve([regKey], newcomer, addCommand(NOW, salesBob));
    expect((await reservationsOf(regKey)).at(-1)).toMatchObject({ prospectId: newcomer, previousProspectId: PROSPECT_ID });
  });
});

describe('racing reservations', () => {
  it('let exactly one prospect hold the key; the other is told who holds it', async () => {
    const [a, b] = [newId(), newId()];
    const results = await Promise.allSettled([keys.reserve([nameKey], a, addCommand()), keys.reserve([nameKey], b, addCommand(NOW, salesBob))]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    const [holder] = await reservationsOf(nameKey);
    const loser = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(loser.reason).toMatchObject({ code: 'PROSPECT.DUPLICATE', details: { existingProspectId: holder!.prospectId } });
    expect(await reservationsOf(nameKey)).toHaveLength(1);
  });
});
