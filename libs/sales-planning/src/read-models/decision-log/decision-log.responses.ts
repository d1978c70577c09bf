import type { DecisionKind } from '#app/shared-kernel';
import type { PlanDecisionSubject, PlanDecisionType } from '../../plan/plan.events.js';

/** Decision log: one document per approval, rejection, waiver or publication; ListDecisions answers them as they are. */
export interface DecisionDocument {
  id: string;
  eventType: PlanDecisionType;
  decision: DecisionKind;
  subject: PlanDecisionSubject;
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
  /** The salesperson whose row the decision is about (a waived carried line); absent for a decision about the whole plan. */
  salespersonId?: string;
}
