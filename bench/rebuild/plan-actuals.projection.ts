import type { RecordedEvent } from '#app/eventsourcing';

export interface PlanActuals {
  id: string;
  team: string;
  period: string;
  status: string;
  actualCount: number;
  totals: Record<string, number>;
}

type PlanEventData = { planId: string; team: string; period: string; salespersonId?: string; metric?: string; amount?: number };

const STATUS: Record<string, string> = {
  PlanOpened: 'draft',
  PlanSubmitted: 'submitted',
  PlanApproved: 'approved',
  PlanBookSubmitted: 'book_submitted',
  PlanBookApproved: 'executing',
};

/** A read model like the plan sheets: one document per plan with its status and actuals per salesperson × metric. */
export const planActualsProjection = {
  name: 'bench-plan-actuals',
  version: 1,
  collection: 'bench_plan_actuals',
  queries: [{ equal: [], sort: 'period' }],
  eventTypes: ['PlanOpened', 'PlanSubmitted', 'PlanApproved', 'PlanBookSubmitted', 'PlanBookApproved', 'ActualRecorded'],
  keys: (event: RecordedEvent) => [(event.data as PlanEventData).planId],
  evolve(document: PlanActuals | null, event: RecordedEvent, id: string): PlanActuals {
    const data = event.data as PlanEventData;
    const current = document ?? { id, team: data.team, period: data.period, status: 'draft', actualCount: 0, totals: {} };
    if (event.type !== 'ActualRecorded') return { ...current, status: STATUS[event.type] ?? current.status };
    const key = `${data.salespersonId}:${data.metric}`;
    return { ...current, actualCount: current.actualCount + 1, totals: { ...current.totals, [key]: (current.totals[key] ?? 0) + data.amount! } };
  },
};
