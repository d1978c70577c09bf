import { IllegalStateError, fold, type DomainError, type RecordedEvent } from '#app/eventsourcing';
import { dateRefusal, periodContains } from '#app/shared-kernel';
import type { ActualRecorded } from './plan.events.js';
import { evolve, hasTargets, initialState, type PlanState } from './plan.js';
import { closed, notFound, statusRefusal } from './plan.rules.js';

/** The reference of the `new_customers` actual a converted prospect counts as. */
export const conversionReference = (prospectId: string): string => `prospect:${prospectId}`;

const PROSPECT_REFERENCE = /^prospect:(.+)$/;

/** The prospect a `new_customers` actual counts, from its reference `prospect:<id>` (by the conversion process or by hand). */
export function conversionOf(actual: ActualRecorded['data']): string | null {
  if (actual.metric !== 'new_customers') return null;
  return PROSPECT_REFERENCE.exec(actual.reference)?.[1] ?? null;
}

export interface Conversion {
  prospectId: string;
  salespersonId: string;
  convertedOn: string;
}

/**
 * Why a plan does not count a conversion by this salesperson on this date, as a value; null when
 * it does: the rule of RecordConversionActual (an executing plan, the date inside its period, the
 * salesperson with targets on it), which the decider throws and the conversion process records.
 */
export function conversionRefusal(state: PlanState, conversion: Omit<Conversion, 'prospectId'>, planId: string): DomainError | null {
  if (state.status === 'none') return notFound(planId);
  if (state.status === 'published') return closed(planId);
  const notExecuting = statusRefusal(state, ['executing'], 'PLAN.NOT_EXECUTING', 'Actuals can be recorded only once the plan book is approved');
  if (notExecuting) return notExecuting;
  const invalidDate = dateRefusal(conversion.convertedOn, 'convertedOn');
  if (invalidDate) return invalidDate;
  if (!periodContains(state.period, conversion.convertedOn)) {
    return new IllegalStateError('PLAN.DATE_OUTSIDE_PERIOD', `${conversion.convertedOn} is outside the plan's period ${state.period}`, {
      period: state.period,
      date: conversion.convertedOn,
    });
  }
  if (!hasTargets(state, conversion.salespersonId)) {
    return new IllegalStateError('PLAN.NOT_ON_PLAN', `${conversion.salespersonId} has no targets on this plan`, { planId: state.planId, salespersonId: conversion.salespersonId });
  }
  return null;
}

/** What a plan's stream says about a conversion: whether it already counts it, and if not whether it would (refusal null) or why not. */
export interface PlanConversionStanding {
  counted: boolean;
  refusal: DomainError | null;
}

export function planConversionStanding(planId: string, events: readonly RecordedEvent[], conversion: Conversion): PlanConversionStanding {
  const counted = events.some((e) => e.type === 'ActualRecorded' && conversionOf(e.data as ActualRecorded['data']) === conversion.prospectId);
  return { counted, refusal: counted ? null : conversionRefusal(fold({ evolve, initialState }, events), conversion, planId) };
}
