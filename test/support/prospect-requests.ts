import type { User } from './api-harness.js';

export const TEAM = 'north';
export const OTHER_TEAM = 'south';

export const sup: User = { sub: 'sup-1', name: 'Sue Supervisor', roles: ['supervisor'], teams: [TEAM] };
export const mgr: User = { sub: 'mgr-1', name: 'Max Manager', roles: ['manager'], teams: [TEAM, OTHER_TEAM] };
export const ann: User = { sub: 'ann', name: 'Ann', roles: ['salesperson'], teams: [TEAM] };
export const bob: User = { sub: 'bob', name: 'Bob', roles: ['salesperson'], teams: [TEAM] };
export const auditor: User = { sub: 'aud-1', roles: ['auditor'], teams: [] };
export const analyst: User = { sub: 'ana-1', roles: ['analyst'], teams: [] };
export const southSup: User = { sub: 'sup-s', roles: ['supervisor'], teams: [OTHER_TEAM] };
export const southSue: User = { sub: 'sue', roles: ['salesperson'], teams: [OTHER_TEAM] };

let n = 0;
/** A company name no other test uses, so duplicate detection stays out of the way. */
export const uniqueName = (base = 'Company'): string => `${base} ${++n} Trading Co., Ltd.`;

export const scopeBody = (over: Record<string, unknown> = {}) => ({
  team: TEAM,
  period: '2027-Q1',
  targetIndustries: ['Food processing', 'Cold chain logistics'],
  regions: ['Shandong', 'Hebei'],
  sizeClasses: ['medium', 'large'],
  mainDirection: 'Win regional processors with the new freezer line',
  ...over,
});

export const prospectBody = (over: Record<string, unknown> = {}) => ({
  team: TEAM,
  name: uniqueName(),
  industry: 'Food processing',
  region: 'Shandong',
  size: 'medium',
  contact: { name: 'Wang Li', phone: '+86 531 8888 0000', email: 'wang.li@qilu-foods.example' },
  source: 'Trade fair',
  initialAssessment: 'Needs 40 freezers this year',
  ...over,
});

let reg = 0;
/** A registration number no other test uses. */
export const uniqueRegistrationNumber = (): string => `91370100MA3C${String(++reg).padStart(6, '0')}`;

/** Scored A, B, C: 24 points over 3 items, average 8 → grade B. */
export const creditCheckBody = (over: Record<string, unknown> = {}) => ({
  legalName: 'Qilu Foods Co., Ltd.',
  registrationNumber: uniqueRegistrationNumber(),
  legalRepresentative: 'Zhang Wei',
  foundedOn: '2012-05-08',
  ownershipType: 'private',
  registeredCapital: { amount: 5_000_000_00, currency: 'CNY' },
  businessScope: 'Frozen food processing and distribution',
  employees: 320,
  annualRevenue: { amount: 180_000_000_00, currency: 'CNY' },
  banks: ['ICBC Jinan Branch'],
  bankOpinion: 'Good standing, no overdue loans',
  paymentBehaviour: 'normal',
  history: { pastTerms: 'Net 30 with previous supplier', limitOverruns: 1, badDebts: 0, lawsuits: 0 },
  scoredItems: [
    { item: 'Financial strength', score: 'A' },
    { item: 'Payment record', score: 'B' },
    { item: 'Management', score: 'C' },
  ],
  suggestedCreditLimit: { amount: 800_000_00, currency: 'CNY' },
  investigator: 'Ann',
  investigatedOn: '2027-02-10',
  ...over,
});

export const applicationBody = (over: Record<string, unknown> = {}) => ({
  objectives: ['First order of 40 freezers'],
  approach: 'Demo at their Jinan plant, then a pilot of 5 units',
  milestones: [
    { description: 'Plant demo', dueOn: '2027-03-05' },
    { description: 'Pilot order', dueOn: '2027-04-15' },
  ],
  expectedDealValue: { amount: 1_200_000_00, currency: 'CNY' },
  resourcesNeeded: ['Demo unit'],
  ...over,
});

export const reportBody = (over: Record<string, unknown> = {}) => ({
  visitDate: '2027-03-05',
  method: 'visit',
  discussed: 'Freezer capacity and service terms',
  result: 'Pilot agreed in principle',
  stage: 'proposal',
  nextStep: 'Send pilot quotation',
  expectedDealValue: { amount: 1_000_000_00, currency: 'CNY' },
  ...over,
});

/**
 * A prospect taken from the list into development with one report filed: credit check, screening,
 * both application reviews, start. `post` sends a command and fails on a refusal.
 */
export async function prospectInDevelopment(
  post: (url: string, as: User, body?: unknown) => Promise<unknown>,
  prospectId: string,
  people: { assignee: User; supervisor: User; manager: User },
): Promise<void> {
  const p = (path: string) => `/api/prospects/${prospectId}${path}`;
  await post(p('/credit-checks'), people.assignee, creditCheckBody());
  await post(p('/screen'), people.supervisor, { outcome: 'key_prospect' });
  await post(p('/application'), people.assignee, applicationBody());
  await post(p('/application/supervisor-review'), people.supervisor, { decision: 'approve' });
  await post(p('/application/manager-review'), people.manager, { decision: 'approve' });
  await post(p('/development/start'), people.assignee);
  await post(p('/reports'), people.assignee, reportBody());
}
