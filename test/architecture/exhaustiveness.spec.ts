import { describe, expect, it } from '@jest/globals';
import { AUDITED_EVENT_TYPES, AUDIT_EVENT_INDEX } from '#app/audit';
import {
  CONVERSION_EVENT_TYPES,
  DEVELOPMENT_PROJECTIONS,
  DEVELOPMENT_SCOPE_EVENT_TYPES,
  PROSPECT_COMMAND_ROLES,
  PROSPECT_DECISIONS,
  PROSPECT_EVENT_TYPES,
  PROSPECT_KEY_EVENT_TYPES,
  PROSPECT_STATUS_AFTER,
  conversionLedgerProjection,
  type ProspectCommand,
  type ProspectEvent,
} from '#app/customer-development';
import type { Command, Event, Role } from '#app/eventsourcing';
import { ALL_PROJECTIONS } from '#app/platform';
import {
  PLANNING_PROJECTIONS,
  PLAN_COMMAND_ROLES,
  PLAN_DECISIONS,
  PLAN_EVENT_TYPES,
  PLAN_STATUS_AFTER,
  followUpSheetProjection,
  plansListProjection,
  rolloverLedgerProjection,
  trackingSheetProjection,
  type PlanCommand,
  type PlanEvent,
  type PlanStatus,
} from '#app/sales-planning';
import type { DecisionTable, EventHandling } from '#app/shared-kernel';

/*
 * The type-level half: a 13th plan step adds an event type and a command. Each line marked
 * @ts-expect-error assigns a table written for today's unions to the grown union and must fail to
 * compile, so the table would name the new type before `npm run typecheck` passes again. The line
 * above each shows the same table fits today's union (so the expected error is the missing type).
 */
type PlanFrobnicated = Event<'PlanFrobnicated', { planId: string; team: string; period: string }>;
type GrownPlanEvent = PlanEvent | PlanFrobnicated;
type GrownPlanCommand = PlanCommand | Command<'FrobnicatePlan', { planId: string }>;
type GrownProspectEvent = ProspectEvent | Event<'ProspectFrobnicated', { prospectId: string; team: string }>;
type GrownProspectCommand = ProspectCommand | Command<'FrobnicateProspect', { prospectId: string }>;

export const typeLevel = () => {
  const decisions: DecisionTable<PlanEvent['type']> = PLAN_DECISIONS;
  // @ts-expect-error the plan's decision table (audit index, decision log, explainer) must classify the new event
  const grownDecisions: DecisionTable<GrownPlanEvent['type']> = PLAN_DECISIONS;
  const status: Record<PlanEvent['type'], PlanStatus | null> = PLAN_STATUS_AFTER;
  // @ts-expect-error the plan's status table must say whether the new event moves the plan
  const grownStatus: Record<GrownPlanEvent['type'], PlanStatus | null> = PLAN_STATUS_AFTER;
  const tracking: EventHandling<PlanEvent> = trackingSheetProjection.handling;
  // @ts-expect-error the tracking sheet must apply or ignore the new event
  const grownTracking: EventHandling<GrownPlanEvent> = trackingSheetProjection.handling;
  // @ts-expect-error the follow-up sheet must apply or ignore the new event
  const grownFollowUp: EventHandling<GrownPlanEvent> = followUpSheetProjection.handling;
  // @ts-expect-error the plans list must apply or ignore the new event
  const grownPlansList: EventHandling<GrownPlanEvent> = plansListProjection.handling;
  // @ts-expect-error the roll-over ledger must apply or ignore the new event
  const grownLedger: EventHandling<GrownPlanEvent> = rolloverLedgerProjection.handling;
  // @ts-expect-error the conversion ledger of the other context reads plan events too
  const grownConversions: EventHandling<GrownPlanEvent> = conversionLedgerProjection.handling;
  const roles: Record<PlanCommand['type'], Role | 'system'> = PLAN_COMMAND_ROLES;
  // @ts-expect-error the plan's role table must name the role of the new command
  const grownRoles: Record<GrownPlanCommand['type'], Role | 'system'> = PLAN_COMMAND_ROLES;

  const prospectDecisions: DecisionTable<ProspectEvent['type']> = PROSPECT_DECISIONS;
  // @ts-expect-error the prospect's decision table must classify the new event
  const grownProspectDecisions: DecisionTable<GrownProspectEvent['type']> = PROSPECT_DECISIONS;
  // @ts-expect-error the prospect's status table must say whether the new event moves the prospect
  const grownProspectStatus: Record<GrownProspectEvent['type'], unknown> = PROSPECT_STATUS_AFTER;
  // @ts-expect-error every customer-development read model must apply or ignore the new event
  const grownDevelopment: EventHandling<GrownProspectEvent> = DEVELOPMENT_PROJECTIONS[0]!.handling;
  const prospectRoles: Record<ProspectCommand['type'], readonly Role[]> = PROSPECT_COMMAND_ROLES;
  // @ts-expect-error the prospect's role table must name the roles of the new command
  const grownProspectRoles: Record<GrownProspectCommand['type'], readonly Role[]> = PROSPECT_COMMAND_ROLES;
  return [decisions, grownDecisions, status, grownStatus, tracking, grownTracking, grownFollowUp, grownPlansList, grownLedger, grownConversions, roles, grownRoles, prospectDecisions, grownProspectDecisions, grownProspectStatus, grownDevelopment, prospectRoles, grownProspectRoles];
};

const sorted = (types: Iterable<string>) => [...types].sort();

describe('every read model says what it does with every event type of the streams it reads', () => {
  it.each(PLANNING_PROJECTIONS.map((p) => [p.name, p] as const))('%s: every plan event type, applied or ignored', (_name, projection) => {
    expect(sorted(Object.keys(projection.handling))).toEqual(sorted(PLAN_EVENT_TYPES));
    expect(sorted(projection.eventTypes)).toEqual(sorted(Object.entries(projection.handling).flatMap(([type, what]) => (what === 'apply' ? [type] : []))));
  });

  it.each(DEVELOPMENT_PROJECTIONS.map((p) => [p.name, p] as const))('%s: every prospect event type, applied or ignored', (_name, projection) => {
    expect(Object.keys(projection.handling)).toEqual(expect.arrayContaining([...PROSPECT_EVENT_TYPES]));
    expect(sorted(projection.eventTypes)).toEqual(sorted(Object.entries(projection.handling).flatMap(([type, what]) => (what === 'apply' ? [type] : []))));
  });

  it('the conversion ledger also answers every plan and conversion event type', () => {
    expect(Object.keys(conversionLedgerProjection.handling)).toEqual(expect.arrayContaining([...PLAN_EVENT_TYPES, ...CONVERSION_EVENT_TYPES]));
  });

  it('the audit index handles every event type of every stream, and every other projection of the runtime has a handling table', () => {
    expect(AUDITED_EVENT_TYPES).toEqual(
      expect.arrayContaining([...PLAN_EVENT_TYPES, ...PROSPECT_EVENT_TYPES, ...DEVELOPMENT_SCOPE_EVENT_TYPES, ...PROSPECT_KEY_EVENT_TYPES, ...CONVERSION_EVENT_TYPES, 'AuditTrailSealed']),
    );
    const index = ALL_PROJECTIONS.find((p) => p.name === AUDIT_EVENT_INDEX)!;
    expect(sorted(index.eventTypes)).toEqual(sorted(AUDITED_EVENT_TYPES));
    const others = ALL_PROJECTIONS.filter((p) => p.name !== AUDIT_EVENT_INDEX);
    expect(others.map((p) => p.name).filter((name) => !('handling' in others.find((p) => p.name === name)!))).toEqual([]);
  });

  it('every plan and prospect event type is listed once, in the decision tables the lists are derived from', () => {
    expect(PLAN_EVENT_TYPES).toEqual(Object.keys(PLAN_DECISIONS));
    expect(new Set(PLAN_EVENT_TYPES).size).toBe(PLAN_EVENT_TYPES.length);
    expect(PROSPECT_EVENT_TYPES).toEqual(Object.keys(PROSPECT_DECISIONS));
    expect(sorted(Object.keys(PLAN_STATUS_AFTER))).toEqual(sorted(PLAN_EVENT_TYPES));
    expect(sorted(Object.keys(PROSPECT_STATUS_AFTER))).toEqual(sorted(PROSPECT_EVENT_TYPES));
  });
});
