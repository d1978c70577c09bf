import type { RecordedEvent } from '#app/eventsourcing';

/** An event of a history page; `redacted` when the reader's read rule took parts of it out. */
export type HistoryEvent = RecordedEvent & { redacted?: true };

export interface HistoryPage {
  events: HistoryEvent[];
  /** The revision the next page starts at; null on the last page. */
  nextRevision: number | null;
}

/** A page of a stream's events from `fromRevision`, at most `limit` long. */
export function historyPage(events: readonly RecordedEvent[], fromRevision: number, limit: number): HistoryPage {
  const page = events.filter((e) => e.revision >= fromRevision).slice(0, limit + 1);
  return { events: page.slice(0, limit), nextRevision: page.length > limit ? page[limit]!.revision : null };
}
