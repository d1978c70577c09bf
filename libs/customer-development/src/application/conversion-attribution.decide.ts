import type { Command, Decider, DomainError } from '#app/eventsourcing';
import type { PlanConversionStanding } from '#app/sales-planning';
import { requireSystem } from '#app/shared-kernel';
import type { AttributionOutcome, ConversionEvent, ConversionLeftUnattributed, PlanAttempt } from './conversion-attribution.events.js';

/** Issued by the conversion process (actor `system`) when no executing plan took a conversion. */
export type RecordUnattributedConversion = Command<'RecordUnattributedConversion', ConversionLeftUnattributed['data']>;

export interface ConversionAttributionState {
  unattributed: boolean;
}

/** A prospect converts once, so its conversion is left unattributed at most once. */
export const conversionAttributionDecider: Decider<RecordUnattributedConversion, ConversionAttributionState, ConversionEvent> = {
  initialState: () => ({ unattributed: false }),
  evolve: (state, event) => (event.type === 'ConversionLeftUnattributed' ? { unattributed: true } : state),
  decide({ data, context }, state) {
    requireSystem(context.actor, 'Unattributed conversions are recorded only by the conversion process');
    if (state.unattributed) return [];
    return [{ type: 'ConversionLeftUnattributed', data }];
  },
};

/** A plan that may count the conversion, in the order they are considered (month, quarter, year), with what it says about the conversion. */
export interface PlanCandidate {
  period: string;
  planId: string;
  standing: PlanConversionStanding;
}

/** Where a conversion goes: nowhere new (already counted or left unattributed), onto a plan, or unattributed with the plans considered and why. */
export type ConversionAttribution =
  | { kind: 'already_recorded' }
  | { kind: 'count'; period: string; planId: string }
  | { kind: 'unattributed'; attempts: PlanAttempt[] };

const OUTCOMES: Readonly<Record<string, AttributionOutcome>> = {
  'PLAN.NOT_FOUND': 'no_plan',
  'PLAN.NOT_EXECUTING': 'not_executing',
  'PLAN.CLOSED': 'closed',
  'PLAN.NOT_ON_PLAN': 'no_targets',
};

function attempt({ period, planId }: PlanCandidate, refusal: DomainError): PlanAttempt {
  const status = refusal.details['status'];
  return { period, planId, outcome: OUTCOMES[refusal.code] ?? 'refused', code: refusal.code, ...(typeof status === 'string' ? { planStatus: status } : {}) };
}

/** The first candidate plan that would count the conversion takes it; a conversion is counted once, anywhere. */
export function attributeConversion(leftUnattributed: boolean, candidates: readonly PlanCandidate[]): ConversionAttribution {
  if (leftUnattributed || candidates.some((c) => c.standing.counted)) return { kind: 'already_recorded' };
  const taker = candidates.find((c) => c.standing.refusal === null);
  if (taker) return { kind: 'count', period: taker.period, planId: taker.planId };
  return { kind: 'unattributed', attempts: candidates.map((c) => attempt(c, c.standing.refusal!)) };
}
