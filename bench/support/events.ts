import { randomUUID } from 'node:crypto';
import type { EventToAppend } from '#app/eventsourcing';

/** An event shaped like the system's own: an ActualRecorded with the full audit metadata (~600 bytes as JSON). */
export function actualRecorded(stream: string, i: number): EventToAppend {
  return {
    id: randomUUID(),
    type: 'ActualRecorded',
    data: {
      planId: stream,
      team: 'bench',
      period: '2027-01',
      salespersonId: 'ann',
      metric: 'revenue',
      amount: 1_000_00 + i,
      currency: 'CNY',
      date: '2027-01-10',
      reference: `INV-${i}`,
      recordedBy: 'ann',
    },
    metadata: {
      actorId: 'ann',
      actorName: 'Ann',
      actorRole: 'salesperson',
      commandId: randomUUID(),
      commandType: 'RecordActual',
      correlationId: randomUUID(),
      causationId: randomUUID(),
      occurredAt: '2027-01-10T09:00:00.000Z',
    },
  };
}

/** What the side-by-side fold computes: the event count and the sum of amounts. */
export interface Tally {
  count: number;
  total: number;
}

export const emptyTally = (): Tally => ({ count: 0, total: 0 });

export const tally = (state: Tally, data: unknown): Tally => ({
  count: state.count + 1,
  total: state.total + ((data as { amount?: number }).amount ?? 0),
});
