import type { Projection, RecordedOf } from '#app/read-store';
import { PLAN_DECISION_TYPES, type PlanEvent } from '../plan/plan.events.js';

export type DecisionKind = 'approval' | 'rejection' | 'waiver' | 'publication';

/** Decision log: one document per approval, rejection, waiver or publication. */
export interface DecisionDocument {
  id: string;
  eventType: string;
  decision: DecisionKind;
  subject: 'plan' | 'plan_book' | 'target_adjustment' | 'appraisal' | 'carry_over' | 'results';
  actorId: string;
  actorName: string;
  actorRole: string;
  occurredAt: string;
  reason: string | null;
  comment: string | null;
  planId: string;
  team: string;
  period: string;
  /** Plan or plan-book version, adjustment number or appraisal revision the decision was about. */
  version: number | null;
  streamName: string;
  revision: number;
  position: number;
  commandId: string;
  correlationId: string;
}

type DecisionEvent = Extract<PlanEvent, { type: (typeof PLAN_DECISION_TYPES)[number] }>;

const KINDS: Record<DecisionEvent['type'], [DecisionKind, DecisionDocument['subject']]> = {
  PlanApproved: ['approval', 'plan'],
  PlanRejected: ['rejection', 'plan'],
  PlanBookApproved: ['approval', 'plan_book'],
  PlanBookRejected: ['rejection', 'plan_book'],
  TargetAdjustmentApproved: ['approval', 'target_adjustment'],
  TargetAdjustmentRejected: ['rejection', 'target_adjustment'],
  AppraisalApproved: ['approval', 'appraisal'],
  AppraisalRejected: ['rejection', 'appraisal'],
  CarryOverWaived: ['waiver', 'carry_over'],
  ResultsPublished: ['publication', 'results'],
};

function versionOf(event: RecordedOf<DecisionEvent>): number | null {
  const d = event.data as { version?: number; adjustmentNumber?: number; revision?: number };
  return d.version ?? d.adjustmentNumber ?? d.revision ?? null;
}

export function evolveDecision(_document: DecisionDocument | null, event: RecordedOf<DecisionEvent>, id: string): DecisionDocument {
  const m = event.metadata as Record<string, unknown>;
  const d = event.data as { planId: string; team: string; period: string; reason?: string; comment?: string };
  const [decision, subject] = KINDS[event.type];
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
  };
}

export const decisionLogProjection: Projection<DecisionDocument, DecisionEvent> = {
  name: 'decision-log',
  version: 1,
  collection: 'decisions',
  indexes: ['actorId', 'eventType', 'decision', 'occurredAt', 'team', 'planId', 'position'],
  eventTypes: PLAN_DECISION_TYPES,
  keys: (event) => [event.id],
  evolve: evolveDecision,
};
