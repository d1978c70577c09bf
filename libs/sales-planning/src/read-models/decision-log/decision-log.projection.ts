import type { Projection, RecordedOf } from '#app/read-store';
import type { EventHandling, Handles } from '#app/shared-kernel';
import { PLAN_DECISIONS, PLAN_DECISION_TYPES, type PlanDecisionEvent, type PlanEvent } from '../../plan/plan.events.js';
import type { DecisionDocument } from './decision-log.responses.js';
import { DECISION_LOG_QUERIES } from './decision-log.queries.js';

export const DECISION_LOG = 'decision-log';

/** The decisions of the plan stream, as PLAN_DECISIONS classifies every event type. */
const HANDLING = Object.fromEntries(Object.entries(PLAN_DECISIONS).map(([type, decision]) => [type, decision ? 'apply' : 'ignore'])) as EventHandling<PlanEvent>;

function versionOf(event: RecordedOf<PlanDecisionEvent>): number | null {
  const d = event.data as { version?: number; adjustmentNumber?: number; revision?: number };
  return d.version ?? d.adjustmentNumber ?? d.revision ?? null;
}

export function evolveDecision(_document: DecisionDocument | null, event: RecordedOf<PlanDecisionEvent>, id: string): DecisionDocument {
  const m = event.metadata as Record<string, unknown>;
  const d = event.data as { planId: string; team: string; period: string; reason?: string; comment?: string; salespersonId?: string };
  const { decision, subject } = PLAN_DECISIONS[event.type];
  return {
    id,
    eventType: event.type,
    decision,
    subject,
    actorId: String(m.actorId ?? ''),
    actorName: String(m.actorName ?? m.actorId ?? ''),
    actorRole: String(m.actorRole ?? ''),
    occurredAt: String(m.occurredAt ?? event.createdAt),
    reason: d.reason ?? null,
    comment: d.comment ?? null,
    planId: d.planId,
    team: d.team,
    period: d.period,
    version: versionOf(event),
    streamName: event.streamName,
    revision: event.revision,
    position: event.position,
    commandId: String(m.commandId ?? ''),
    correlationId: String(m.correlationId ?? ''),
    ...(typeof d.salespersonId === 'string' ? { salespersonId: d.salespersonId } : {}),
  };
}

export const decisionLogProjection: Projection<DecisionDocument, PlanDecisionEvent> & Handles<PlanEvent> = {
  name: DECISION_LOG,
  version: 2,
  collection: 'decisions',
  get queries() {
    return Object.values(DECISION_LOG_QUERIES);
  },
  handling: HANDLING,
  eventTypes: PLAN_DECISION_TYPES,
  keys: (event) => [event.id],
  evolve: evolveDecision,
};
