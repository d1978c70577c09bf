import type { PlanEvent } from './plan.events.js';

type DataOf<T extends PlanEvent['type']> = Extract<PlanEvent, { type: T }>['data'];

/** Whether the reader sees the rows of this salesperson (the shared kernel's canReadRow, bound to a reader). */
export type SeesRow = (salespersonId: string) => boolean;

const whole = <T extends PlanEvent['type']>(data: DataOf<T>) => data;

/**
 * What of each plan event a reader who sees only some salespeople's rows may see: the event as it
 * is (it concerns the whole team), the event without the other salespeople's parts, or nothing
 * (it is another salesperson's). Team totals are left out: with a teammate or two they give the
 * teammates' targets and actuals away. Typed over the event union: a new event type needs its rule.
 */
export const PLAN_EVENT_ROWS: { readonly [T in PlanEvent['type']]: (data: DataOf<T>, sees: SeesRow) => object | null } = {
  PlanOpened: whole,
  PlanSubmitted: (d, sees) => ({ ...d, targets: d.targets.filter((t) => sees(t.salespersonId)) }),
  PlanApproved: whole,
  PlanRejected: whole,
  PlanBookSubmitted: whole,
  PlanBookApproved: whole,
  PlanBookRejected: whole,
  ActualRecorded: (d, sees) => (sees(d.salespersonId) ? d : null),
  ProgressReviewRecorded: (d, sees) => ({ ...d, reviews: d.reviews.filter((r) => sees(r.salespersonId)) }),
  DifficultyReportSubmitted: (d, sees) => (sees(d.salespersonId) ? d : null),
  TargetAdjustmentProposed: (d, sees) => ({ ...d, changes: d.changes.filter((c) => sees(c.salespersonId)) }),
  TargetAdjustmentApproved: (d, sees) => ({ ...d, changes: d.changes.filter((c) => sees(c.salespersonId)) }),
  TargetAdjustmentRejected: whole,
  FollowUpItemCommented: (d, sees) => (sees(d.salespersonId) ? d : null),
  PersonalSummarySubmitted: (d, sees) => (sees(d.salespersonId) ? d : null),
  TeamSummarySubmitted: ({ totals: _team, ...d }) => d,
  'TeamSummarySubmitted.v2': ({ totals: _team, ...d }) => d,
  PlanAppraised: (d, sees) => ({ ...d, items: d.items.filter((i) => sees(i.salespersonId)), salespersonRatings: d.salespersonRatings.filter((r) => sees(r.salespersonId)) }),
  AppraisalRevised: (d, sees) => ({ ...d, corrections: d.corrections.filter((c) => sees(c.salespersonId)), items: d.items.filter((i) => sees(i.salespersonId)) }),
  AppraisalApproved: whole,
  AppraisalRejected: whole,
  ResultsPublished: (d, sees) => ({ ...d, items: d.items.filter((i) => sees(i.salespersonId)), carryOver: d.carryOver.filter((l) => sees(l.salespersonId)) }),
  CarryOverReceived: (d, sees) => ({ ...d, lines: d.lines.filter((l) => sees(l.salespersonId)) }),
  CarryOverWaived: (d, sees) => (sees(d.salespersonId) ? d : null),
};

/** The part of a plan event this reader may see, or null; `redacted` when parts were left out. */
export function visiblePlanEvent(type: PlanEvent['type'], data: object, sees: SeesRow): { data: object; redacted: boolean } | null {
  const rule = PLAN_EVENT_ROWS[type] as (data: object, sees: SeesRow) => object | null;
  const visible = rule(data, sees);
  if (visible === null) return null;
  return { data: visible, redacted: JSON.stringify(visible) !== JSON.stringify(data) };
}
