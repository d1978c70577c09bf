import type { Projection, RecordedOf } from '#app/read-store';
import type { Event } from '#app/eventsourcing';
import { occurredAtOf } from '#app/shared-kernel';
import { AUDITED_EVENT_TYPES } from './audited-streams.js';
import { AUDIT_EVENT_INDEX_QUERIES } from './decision-explanation.query.js';

/** One small document per event: where it is and which command and correlation it belongs to. */
export interface AuditEventDocument {
  /** The event id. */
  id: string;
  streamName: string;
  revision: number;
  position: number;
  type: string;
  correlationId: string | null;
  causationId: string | null;
  commandId: string | null;
  commandType: string | null;
  actorId: string | null;
  actorRole: string | null;
  occurredAt: string;
}

export const AUDIT_EVENT_INDEX = 'audit-event-index';

const text = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);

/**
 * The audit index: events by id and by correlation id, so explaining a decision finds the event and
 * every event of the same correlation anywhere in the log without scanning it. It handles the
 * event types it is given: by default every type of the system (AUDITED_EVENT_TYPES).
 */
export function auditEventIndexProjection(eventTypes: readonly string[] = AUDITED_EVENT_TYPES): Projection<AuditEventDocument> {
  return {
    name: AUDIT_EVENT_INDEX,
    version: 1,
    collection: 'audit_events',
    get queries() {
      return Object.values(AUDIT_EVENT_INDEX_QUERIES);
    },
    eventTypes,
    keys: (event) => [event.id],
    evolve: (document, event: RecordedOf<Event>, id) => {
      if (document) return document;
      const m = event.metadata as Record<string, unknown>;
      return {
        id,
        streamName: event.streamName,
        revision: event.revision,
        position: event.position,
        type: event.type,
        correlationId: text(m.correlationId),
        causationId: text(m.causationId),
        commandId: text(m.commandId),
        commandType: text(m.commandType),
        actorId: text(m.actorId),
        actorRole: text(m.actorRole),
        occurredAt: occurredAtOf(event as never),
      };
    },
  };
}
