import { describe, expect, it } from '@jest/globals';
import { AUDITED_EVENT_TYPES, AUDITED_STREAMS, AUDIT_EVENT_INDEX, PERSONAL_DATA_BY_STREAM, PERSONAL_DATA_TABLES } from '#app/audit';
import {
  CONVERSION_EVENT_TYPES,
  DEVELOPMENT_PROJECTIONS,
  DEVELOPMENT_SCOPE_EVENT_TYPES,
  PROSPECT_COMMAND_ROLES,
  PROSPECT_DECISIONS,
  PROSPECT_EVENT_TYPES,
  PROSPECT_KEY_EVENT_TYPES,
  PROSPECT_PERSONAL_DATA,
  PROSPECT_STATUS_AFTER,
  conversionLedgerProjection,
  type ProspectCommand,
  type ProspectEvent,
} from '#app/customer-development';
import { ROLES, type Command, type Event, type Role } from '#app/eventsourcing';
import { DATA_SUBJECT_COMMAND_ROLES, type DataSubjectCommand } from '#app/personal-data';
import { ALL_PROJECTIONS } from '#app/platform';
import {
  PLANNING_PROJECTIONS,
  PLAN_COMMAND_ROLES,
  PLAN_DECISIONS,
  PLAN_EVENT_TYPES,
  PLAN_PERSONAL_DATA,
  PLAN_STATUS_AFTER,
  followUpSheetProjection,
  plansListProjection,
  rolloverLedgerProjection,
  trackingSheetProjection,
  type PlanCommand,
  type PlanEvent,
  type PlanStatus,
} from '#app/sales-planning';
import { PERSONAL_DATA_READERS, type DecisionTable, type EventHandling, type PersonalDataTable } from '#app/shared-kernel';

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
/** An existing event type that gains a text field: it must say whether the field is personal. */
type ProspectWithNewText = Exclude<ProspectEvent, { type: 'ProspectStopped' }> | Event<'ProspectStopped', { prospectId: string; team: string; assignedSalespersonId?: string; reason?: string; stoppedBy: string; witness: string }>;
type GrownDataSubjectCommand = DataSubjectCommand | Command<'ForgetDataSubject', { subjectId: string }>;

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

  const personalData: PersonalDataTable<PlanEvent> = PLAN_PERSONAL_DATA;
  // @ts-expect-error the plan's personal-data table must classify the text fields of the new event
  const grownPersonalData: PersonalDataTable<GrownPlanEvent> = PLAN_PERSONAL_DATA;
  const prospectPersonalData: PersonalDataTable<ProspectEvent> = PROSPECT_PERSONAL_DATA;
  // @ts-expect-error a new text field of an existing event must say whether it is personal, and whose
  const newTextField: PersonalDataTable<ProspectWithNewText> = PROSPECT_PERSONAL_DATA;
  const subjectRoles: Record<DataSubjectCommand['type'], Role> = DATA_SUBJECT_COMMAND_ROLES;
  // @ts-expect-error the data-subject role table must name the role of the new command
  const grownSubjectRoles: Record<GrownDataSubjectCommand['type'], Role> = DATA_SUBJECT_COMMAND_ROLES;
  // @ts-expect-error a new role must say whether it reads personal data in clear
  const grownReaders: Record<Role | 'inspector', boolean> = PERSONAL_DATA_READERS;
  return [
    decisions, grownDecisions, status, grownStatus, tracking, grownTracking, grownFollowUp, grownPlansList, grownLedger, grownConversions, roles, grownRoles,
    prospectDecisions, grownProspectDecisions, grownProspectStatus, grownDevelopment, prospectRoles, grownProspectRoles,
    personalData, grownPersonalData, prospectPersonalData, newTextField, subjectRoles, grownSubjectRoles, grownReaders,
  ];
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

describe('every event type says which of its text fields are personal data, and whose', () => {
  it('each stream category classifies exactly the event types of its decision table', () => {
    expect(Object.keys(PERSONAL_DATA_BY_STREAM).sort()).toEqual(Object.keys(AUDITED_STREAMS).sort());
    for (const [category, table] of Object.entries(PERSONAL_DATA_BY_STREAM)) {
      expect([category, sorted(Object.keys(table))]).toEqual([category, sorted(Object.keys(AUDITED_STREAMS[category as keyof typeof AUDITED_STREAMS]))]);
    }
    expect(sorted(Object.keys(PERSONAL_DATA_TABLES))).toEqual(sorted(AUDITED_EVENT_TYPES));
  });

  it('every personal field names a subject kind and where its id comes from', () => {
    const personal = Object.entries(PERSONAL_DATA_TABLES).flatMap(([type, fields]) => Object.entries(fields).flatMap(([path, field]) => (field === 'not personal' ? [] : [[type, path, field] as const])));
    expect(personal.length).toBeGreaterThan(0);
    for (const [type, path, field] of personal) expect([type, path, field.idFrom]).toEqual([type, path, expect.stringMatching(/^(\.|@)?[A-Za-z]+$/)]);
  });

  it('every role says whether it reads personal data in clear', () => {
    expect(sorted(Object.keys(PERSONAL_DATA_READERS))).toEqual(sorted(ROLES));
  });
});
