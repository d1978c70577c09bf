import { ValidationError } from '#app/eventsourcing';
import { requireCount, requireDate, requireMoney, requireOneOf, requireText, requireTextList, optionalText } from '#app/shared-kernel';
import { CREDIT_SCORES, SCORE_POINTS, creditGradeFor, totalPoints } from './credit-grade.js';
import type { CreditInvestigationInput } from './prospect.commands.js';
import { OWNERSHIP_TYPES, PAYMENT_BEHAVIOURS, type CreditHistory, type CreditInvestigation, type ScoredItem } from './prospect.events.js';

/** Checks the credit investigation form field by field, in form order, and computes its grade. */
export function validateCreditInvestigation(input: CreditInvestigationInput): CreditInvestigation {
  const form = {
    legalName: requireText(input.legalName, 'legalName'),
    registrationNumber: requireText(input.registrationNumber, 'registrationNumber'),
    legalRepresentative: requireText(input.legalRepresentative, 'legalRepresentative'),
    foundedOn: requireDate(input.foundedOn, 'foundedOn'),
    ownershipType: requireOneOf(input.ownershipType, OWNERSHIP_TYPES, 'ownershipType', 'CREDIT_CHECK.OWNERSHIP_TYPE_INVALID'),
    registeredCapital: requireMoney(input.registeredCapital, 'registeredCapital'),
    businessScope: requireText(input.businessScope, 'businessScope'),
    employees: requireCount(input.employees, 'employees'),
    annualRevenue: requireMoney(input.annualRevenue, 'annualRevenue'),
    banks: requireTextList(input.banks, 'banks', 'CREDIT_CHECK.BANKS_REQUIRED'),
    bankOpinion: requireText(input.bankOpinion, 'bankOpinion'),
    paymentBehaviour: requireOneOf(input.paymentBehaviour, PAYMENT_BEHAVIOURS, 'paymentBehaviour', 'CREDIT_CHECK.PAYMENT_BEHAVIOUR_INVALID'),
    history: creditHistory(input.history),
    scoredItems: scoredItems(input.scoredItems),
    suggestedCreditLimit: requireMoney(input.suggestedCreditLimit, 'suggestedCreditLimit'),
    investigator: requireText(input.investigator, 'investigator'),
    investigatedOn: requireDate(input.investigatedOn, 'investigatedOn'),
  };
  if (form.foundedOn > form.investigatedOn) {
    throw new ValidationError('CREDIT_CHECK.FOUNDED_AFTER_INVESTIGATION', 'The company cannot be founded after it was investigated', [
      { field: 'foundedOn', messages: ['foundedOn must not be later than investigatedOn'] },
    ]);
  }
  const scores = form.scoredItems.map((s) => s.score);
  return { ...form, totalPoints: totalPoints(scores), grade: creditGradeFor(scores) };
}

function creditHistory(input: CreditInvestigationInput['history'] | undefined): CreditHistory {
  if (input === null || typeof input !== 'object') {
    throw new ValidationError('FIELD.REQUIRED', 'history is required', [{ field: 'history', messages: ['history must be given'] }]);
  }
  const pastTerms = optionalText(input.pastTerms, 'history.pastTerms');
  return {
    ...(pastTerms ? { pastTerms } : {}),
    limitOverruns: requireCount(input.limitOverruns, 'history.limitOverruns'),
    badDebts: requireCount(input.badDebts, 'history.badDebts'),
    lawsuits: requireCount(input.lawsuits, 'history.lawsuits'),
  };
}

function scoredItems(input: CreditInvestigationInput['scoredItems'] | undefined): ScoredItem[] {
  if (!Array.isArray(input) || input.length === 0) {
    throw new ValidationError('CREDIT_CHECK.SCORES_REQUIRED', 'At least one scored item is needed to grade credit', [
      { field: 'scoredItems', messages: ['scoredItems must contain at least one item'] },
    ]);
  }
  return input.map((entry, i) => {
    const item = requireText(entry?.item, `scoredItems[${i}].item`);
    const score = requireOneOf(entry?.score, CREDIT_SCORES, `scoredItems[${i}].score`, 'CREDIT_CHECK.SCORE_INVALID');
    return { item, score, points: SCORE_POINTS[score] };
  });
}
