import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { Actor, RecordedEvent } from '#app/eventsourcing';
import { EventStore, rawEventStore } from '#app/event-store';
import { occurredAtOf, type SubjectKind } from '#app/shared-kernel';
import type { RecordedAccess } from '../access/personal-data-access-log.port.js';
import { subjectKindOf } from '../crypto/personal-token.js';
import { tokensIn } from '../crypto/token-walk.js';
import { requireSubjectId } from '../erasure/erase-data-subject.js';
import { dataSubjectStream, type DataSubjectErased } from '../erasure/data-subject.events.js';
import { PersonalDataVault } from '../keys/personal-data-vault.js';
import { requirePrivacyReader } from './privacy-access.js';

/** An event holding the subject's personal data, and where in it. */
export interface SubjectMention {
  streamName: string;
  revision: number;
  position: number;
  eventId: string;
  eventType: string;
  occurredAt: string;
  /** `data.contact.email`, `metadata.actorName` …, each with the value as the reader may see it. */
  fields: { path: string; value: string }[];
}

export interface DataSubjectReport {
  subjectId: string;
  kind: SubjectKind;
  /** active: the key exists; erased: destroyed; unknown: no personal data of this subject was ever recorded. */
  status: 'active' | 'erased' | 'unknown';
  keyCreatedAt: string | null;
  erasure: { erasedAt: string; erasedBy: string; legalBasis: string; eventId: string; position: number } | null;
  /** Each stream that mentions the subject, with how many of its events do. */
  streams: { streamName: string; events: number }[];
  /** Every event that mentions the subject, oldest first. */
  mentions: SubjectMention[];
  /** The log was read up to this position. */
  scannedTo: number;
  /** Who read the subject's data in clear, oldest first (the first `accessLimit`; `accessesNext` pages on through the access log). */
  accesses: RecordedAccess[];
  accessesNext: string | null;
}

/** For an access request: every stream and event that holds the subject's personal data, their erasure, and who read it. */
export class GetDataSubjectReportQuery extends Query<DataSubjectReport> {
  constructor(
    readonly actor: Actor,
    readonly subjectId: string,
    readonly accessLimit = 1000,
  ) {
    super();
  }
}

const BATCH = 1000;

/** Reads the whole log (the tokens name their subject, so no index is needed), yielding to the event loop between batches. */
@QueryHandler(GetDataSubjectReportQuery)
export class GetDataSubjectReportHandler implements IQueryHandler<GetDataSubjectReportQuery> {
  constructor(
    private readonly store: EventStore,
    private readonly vault: PersonalDataVault,
  ) {}

  async execute({ actor, subjectId: requested, accessLimit }: GetDataSubjectReportQuery): Promise<DataSubjectReport> {
    requirePrivacyReader(actor);
    const subjectId = requireSubjectId(requested);
    const status = await this.vault.status(subjectId);
    const raw = rawEventStore(this.store);
    const head = await raw.headPosition();
    const mentions: SubjectMention[] = [];
    for (let after = 0; after < head; ) {
      const batch = await raw.readAll({ after, maxCount: BATCH });
      if (batch.length === 0) break;
      for (const event of batch) {
        if (event.position > head) break;
        const mention = mentionOf(event, subjectId);
        if (mention) mentions.push(mention);
      }
      after = batch.at(-1)!.position;
      await yieldToEventLoop();
    }
    const [erased] = await raw.readStream(dataSubjectStream(subjectId), { maxCount: 1 });
    const erasure = erased ? erasureOf(erased) : null;
    const counts = new Map<string, number>();
    for (const m of mentions) counts.set(m.streamName, (counts.get(m.streamName) ?? 0) + 1);
    const accesses = await this.vault.accessLog.find({ subjectId }, { limit: accessLimit });
    return {
      subjectId,
      kind: subjectKindOf(subjectId),
      status: status.status,
      keyCreatedAt: status.status === 'unknown' ? null : status.createdAt,
      erasure,
      streams: [...counts].map(([streamName, events]) => ({ streamName, events })),
      mentions,
      scannedTo: head,
      accesses: accesses.entries,
      accessesNext: accesses.next,
    };
  }
}

function mentionOf(event: RecordedEvent, subjectId: string): SubjectMention | null {
  const fields = [
    ...tokensIn(event.data).map((t) => ({ ...t, path: `data.${t.path}` })),
    ...tokensIn(event.metadata).map((t) => ({ ...t, path: `metadata.${t.path}` })),
  ].filter((t) => t.subjectId === subjectId);
  if (fields.length === 0) return null;
  return {
    streamName: event.streamName,
    revision: event.revision,
    position: event.position,
    eventId: event.id,
    eventType: event.type,
    occurredAt: occurredAtOf(event),
    fields: fields.map(({ path, token }) => ({ path, value: token })),
  };
}

function erasureOf(event: RecordedEvent): DataSubjectReport['erasure'] {
  const data = event.data as DataSubjectErased['data'];
  return { erasedAt: data.erasedAt, erasedBy: data.erasedBy, legalBasis: data.legalBasis, eventId: event.id, position: event.position };
}
