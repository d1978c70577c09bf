import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { NotFoundError, type Actor, type EventMetadata, type RecordedEvent } from '#app/eventsourcing';
import { EventStore, integrityOf, rawEventStore, type IntegrityStamp } from '#app/event-store';
import { ProjectionRunner, ReadStore, type Page, type QueryShapes } from '#app/read-store';
import { freshnessOf, occurredAtOf, type ExplainedKind, type Freshness, type ReadOptions } from '#app/shared-kernel';
import { requireAuditor } from '../audit-access.js';
import { AUDIT_EVENT_INDEX, type AuditEventDocument } from './audit-event-index.projection.js';

/** The query below as the read store sees it (see QueryShape): the events of one correlation, in log order; an event by its id needs no index. */
export const AUDIT_EVENT_INDEX_QUERIES: QueryShapes = {
  eventsOfCorrelation: { equal: ['correlationId'], sort: 'position' },
};

/** How one bounded context explains its decisions: which events are decisions and how its state folds. */
export interface DecisionExplainer {
  /** The stream category (`plan` of `plan-<id>`). */
  readonly category: string;
  readonly decisionTypes: readonly string[];
  describe(event: RecordedEvent): { decision: ExplainedKind; subject: string };
  fold(events: readonly RecordedEvent[]): unknown;
}

/** The explainers of every context; the API registers them (used directly as the DI token). */
export class DecisionExplainers {
  constructor(readonly all: readonly DecisionExplainer[]) {}

  for(streamName: string, type: string): DecisionExplainer | undefined {
    const category = streamName.slice(0, streamName.indexOf('-'));
    return this.all.find((e) => e.category === category && e.decisionTypes.includes(type));
  }
}

export type DecisionRef = { eventId: string } | { streamName: string; revision: number };

export interface CorrelatedEvent {
  eventId: string;
  streamName: string;
  revision: number;
  position: number;
  type: string;
  occurredAt: string;
  actorId: string | null;
  actorRole: string | null;
  commandId: string | null;
  commandType: string | null;
  causationId: string | null;
}

export interface DecisionExplanation {
  decision: {
    eventId: string;
    streamName: string;
    revision: number;
    position: number;
    /** The type as the domain reads it (upcast); `storedType` is what the log holds. */
    type: string;
    storedType: string;
    decision: ExplainedKind;
    subject: string;
    occurredAt: string;
    data: unknown;
    integrity: IntegrityStamp | null;
  };
  /** The command that caused it, from the event's metadata (Decision 9). */
  command: {
    commandId: string | null;
    commandType: string | null;
    actorId: string | null;
    actorName: string | null;
    actorRole: string | null;
    reason: string | null;
    comment: string | null;
    correlationId: string | null;
    causationId: string | null;
    occurredAt: string;
  };
  stateBefore: unknown;
  stateAfter: unknown;
  /** Every event of the same correlation id, anywhere in the log, in log order. */
  correlated: CorrelatedEvent[];
  correlatedTruncated: boolean;
  freshness: Freshness;
}

export class ExplainDecisionQuery extends Query<DecisionExplanation> {
  constructor(
    readonly actor: Actor,
    readonly ref: DecisionRef,
    readonly options: ReadOptions,
  ) {
    super();
  }
}

const MAX_CORRELATED = 1000;
const text = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);

/**
 * Explains an approval, rejection, waiver or publication (or a prospect application review): the
 * state just before it, the command behind it and everything that shares its correlation id.
 * Finding an event by id and its correlation goes through the audit index (read-your-writes with
 * `minPosition`); the states are folded from the stream itself.
 */
@QueryHandler(ExplainDecisionQuery)
export class ExplainDecisionHandler implements IQueryHandler<ExplainDecisionQuery> {
  constructor(
    private readonly store: EventStore,
    private readonly readStore: ReadStore,
    private readonly runner: ProjectionRunner,
    private readonly explainers: DecisionExplainers,
  ) {}

  async execute({ actor, ref, options }: ExplainDecisionQuery): Promise<DecisionExplanation> {
    requireAuditor(actor);
    const freshness = await freshnessOf(this.runner, AUDIT_EVENT_INDEX, options);
    const collection = await this.runner.activeCollection(AUDIT_EVENT_INDEX);
    const { streamName, revision } = await this.locate(collection, ref, freshness);

    const events = (await this.store.readStream(streamName, { maxCount: revision + 1 })).filter((e) => e.revision <= revision);
    const event = events.at(-1);
    if (!event || event.revision !== revision || ('eventId' in ref && event.id !== ref.eventId)) {
      throw new NotFoundError('AUDIT.EVENT_NOT_FOUND', `No event at ${streamName}@${revision}`, { streamName, revision });
    }
    const explainer = this.explainers.for(streamName, event.type);
    if (!explainer) {
      throw new NotFoundError('AUDIT.NOT_A_DECISION', `${event.type} at ${streamName}@${revision} is not an approval, rejection, waiver, publication or carried-in line`, {
        eventId: event.id,
        eventType: event.type,
      });
    }
    const [stored] = await rawEventStore(this.store).readStream(streamName, { fromRevision: revision, maxCount: 1 });
    const m = event.metadata as Partial<EventMetadata>;
    const correlationId = text(m.correlationId);
    const correlated = correlationId ? await this.correlated(collection, correlationId) : { items: [], truncated: false };
    return {
      decision: {
        eventId: event.id,
        streamName,
        revision,
        position: event.position,
        type: event.type,
        storedType: stored?.type ?? event.type,
        ...explainer.describe(event),
        occurredAt: occurredAtOf(event),
        data: event.data,
        integrity: stored ? integrityOf(stored.metadata) : null,
      },
      command: {
        commandId: text(m.commandId),
        commandType: text(m.commandType),
        actorId: text(m.actorId),
        actorName: text(m.actorName),
        actorRole: text(m.actorRole),
        reason: text(m.reason) ?? text((event.data as { reason?: unknown }).reason),
        comment: text(m.comment) ?? text((event.data as { comment?: unknown }).comment),
        correlationId,
        causationId: text(m.causationId),
        occurredAt: occurredAtOf(event),
      },
      stateBefore: explainer.fold(events.slice(0, -1)),
      stateAfter: explainer.fold(events),
      correlated: correlated.items,
      correlatedTruncated: correlated.truncated,
      freshness,
    };
  }

  private async locate(collection: string, ref: DecisionRef, freshness: Freshness): Promise<{ streamName: string; revision: number }> {
    if ('streamName' in ref) return ref;
    const indexed = await this.readStore.get<AuditEventDocument>(collection, ref.eventId);
    if (!indexed) {
      throw new NotFoundError('AUDIT.EVENT_NOT_FOUND', `No event ${ref.eventId} in the audit index (at position ${freshness.position})`, {
        eventId: ref.eventId,
        indexPosition: freshness.position,
      });
    }
    return { streamName: indexed.streamName, revision: indexed.revision };
  }

  private async correlated(collection: string, correlationId: string): Promise<{ items: CorrelatedEvent[]; truncated: boolean }> {
    const items: CorrelatedEvent[] = [];
    let cursor: string | null = null;
    do {
      const page: Page<AuditEventDocument> = await this.readStore.find<AuditEventDocument>(collection, {
        where: { correlationId },
        sort: { field: 'position', direction: 'asc' },
        limit: 500,
        cursor,
      });
      for (const d of page.items) {
        items.push({
          eventId: d.id,
          streamName: d.streamName,
          revision: d.revision,
          position: d.position,
          type: d.type,
          occurredAt: d.occurredAt,
          actorId: d.actorId,
          actorRole: d.actorRole,
          commandId: d.commandId,
          commandType: d.commandType,
          causationId: d.causationId,
        });
      }
      cursor = page.nextCursor;
    } while (cursor && items.length < MAX_CORRELATED);
    return { items: items.slice(0, MAX_CORRELATED), truncated: items.length > MAX_CORRELATED || cursor !== null };
  }
}
