import type { Actor, CommandContext } from '#app/eventsourcing';
import { planIdFor, type PlanCommand } from '#app/sales-planning';

export const TEAM = 'bench';
export const supervisor: Actor = { id: 'sup-1', name: 'Sue Supervisor', roles: ['supervisor'], teams: [TEAM] };
export const manager: Actor = { id: 'mgr-1', name: 'Max Manager', roles: ['manager'], teams: [TEAM] };
export const salesperson: Actor = { id: 'ann', name: 'Ann', roles: ['salesperson'], teams: [TEAM] };

/** Plan n covers one month: 2027-01, 2027-02, … so every plan of the one team is distinct. */
export function periodOf(n: number): string {
  const month = n % 12;
  return `${2027 + Math.floor(n / 12)}-${String(month + 1).padStart(2, '0')}`;
}

export const actualDate = (period: string): string => `${period}-10`;

export const openPlanBody = (period: string) => ({
  team: TEAM,
  period,
  currency: 'CNY',
  companyTargets: [{ metric: 'revenue', amount: 100_000_00, currency: 'CNY' }],
  problems: ['Flat sales in the region', 'Slow collections'],
});

export const submitPlanBody = () => ({
  targets: [
    { salespersonId: 'ann', salespersonName: 'Ann', metric: 'revenue', amount: 60_000_00, currency: 'CNY' },
    { salespersonId: 'ann', salespersonName: 'Ann', metric: 'new_customers', amount: 3 },
    { salespersonId: 'bob', salespersonName: 'Bob', metric: 'revenue', amount: 40_000_00, currency: 'CNY' },
  ],
  profitTarget: { amount: 25_000_00, currency: 'CNY' },
  expenseBudget: { amount: { amount: 8_000_00, currency: 'CNY' }, controlNotes: 'Monthly review against budget' },
  subPlans: {
    paymentCollection: 'Collect within 60 days',
    pricingStrategy: 'Hold list prices',
    channelStrategy: 'Two new distributors',
    advertisingAndPromotion: 'Trade fair in March',
    staffingAndTraining: 'One hire, product training',
    appraisalRuleChanges: 'None',
    productStrategy: 'Push the X line',
  },
});

export const planBookBody = () => ({
  outlook: 'Demand recovers next quarter; a competitor may enter the region.',
  marketIndicators: [{ indicator: 'Competitor entry', assessment: 'Likely by June' }],
});

export const recordActualBody = (period: string, i: number) => ({
  metric: 'revenue',
  amount: 1_000_00 + (i % 1000),
  currency: 'CNY',
  date: actualDate(period),
  reference: `INV-${i}`,
});

let commandCounter = 0;
const NOW = new Date('2027-01-05T09:00:00.000Z');

function context(actor: Actor): CommandContext {
  const commandId = `bench-${process.pid}-${++commandCounter}`;
  return { actor, commandId, correlationId: commandId, now: NOW };
}

/**
 * The life of one plan as commands: open, submit, approve, plan book, approve the book, then
 * `actuals` recorded actuals, the mix a sales team produces.
 */
export function planScript(n: number, actuals: number): PlanCommand[] {
  const period = periodOf(n);
  const planId = planIdFor(TEAM, period);
  const commands: PlanCommand[] = [
    { type: 'OpenPlan', data: { planId, ...openPlanBody(period) }, context: context(supervisor) },
    { type: 'SubmitPlan', data: { planId, ...submitPlanBody() }, context: context(supervisor) },
    { type: 'ApprovePlan', data: { planId, comment: 'Agreed' }, context: context(manager) },
    { type: 'SubmitPlanBook', data: { planId, ...planBookBody() }, context: context(supervisor) },
    { type: 'ApprovePlanBook', data: { planId }, context: context(manager) },
  ];
  for (let i = 0; i < actuals; i++) {
    commands.push({ type: 'RecordActual', data: { planId, ...recordActualBody(period, i) }, context: context(salesperson) });
  }
  return commands;
}
