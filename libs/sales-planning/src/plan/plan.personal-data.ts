import { NOT_PERSONAL, personal, type PersonalDataTable } from '#app/shared-kernel';
import type { PlanEvent } from './plan.events.js';

const N = NOT_PERSONAL;
/** A salesperson's name beside their id: the employee's personal data. */
const salespersonName = personal('employee', '.salespersonId');

const planRef = { planId: N, team: N, period: N } as const;

const items = {
  'items[].salespersonId': N,
  'items[].salespersonName': salespersonName,
  'items[].currency': N,
  'items[].pieces[].lineId': N,
  'items[].pieces[].originPeriod': N,
  'items[].pieces[].path[]': N,
  'items[].settled[].lineId': N,
} as const;

const carryOver = {
  'carryOver[].lineId': N,
  'carryOver[].salespersonId': N,
  'carryOver[].salespersonName': salespersonName,
  'carryOver[].currency': N,
  'carryOver[].originPeriod': N,
  'carryOver[].path[]': N,
  'carryOver[].sourcePlanId': N,
} as const;

const receivedLines = {
  'lines[].lineId': N,
  'lines[].salespersonId': N,
  'lines[].salespersonName': salespersonName,
  'lines[].currency': N,
  'lines[].originPeriod': N,
  'lines[].path[]': N,
  'lines[].sourcePlanId': N,
} as const;

const decision = { comment: N } as const;

/**
 * The personal data of the plan stream: salespeople's names, always beside their ids. Ids are
 * pseudonyms kept in clear (authorisation, separation of duties and every total are keyed on
 * them); plan text (problems, sub-plans, findings, reasons) is business content.
 */
export const PLAN_PERSONAL_DATA = {
  PlanOpened: { ...planRef, currency: N, 'companyTargets[].currency': N, 'problems[]': N, notes: N, openedBy: N },
  PlanSubmitted: {
    ...planRef,
    'targets[].salespersonId': N,
    'targets[].salespersonName': salespersonName,
    'targets[].currency': N,
    'expenseBudget.controlNotes': N,
    'subPlans.paymentCollection': N,
    'subPlans.pricingStrategy': N,
    'subPlans.channelStrategy': N,
    'subPlans.advertisingAndPromotion': N,
    'subPlans.staffingAndTraining': N,
    'subPlans.appraisalRuleChanges': N,
    'subPlans.productStrategy': N,
    otherContent: N,
    submittedBy: N,
  },
  PlanApproved: { ...planRef, ...decision, approvedBy: N },
  PlanRejected: { ...planRef, rejectedBy: N, reason: N },
  PlanBookSubmitted: { ...planRef, outlook: N, 'marketIndicators[].indicator': N, 'marketIndicators[].assessment': N, submittedBy: N },
  PlanBookApproved: { ...planRef, ...decision, approvedBy: N },
  PlanBookRejected: { ...planRef, rejectedBy: N, reason: N },
  ActualRecorded: { ...planRef, salespersonId: N, currency: N, date: N, reference: N, recordedBy: N },
  ProgressReviewRecorded: {
    ...planRef,
    reviewDate: N,
    'reviews[].salespersonId': N,
    'reviews[].findings': N,
    'reviews[].actions[].action': N,
    'reviews[].actions[].owner': N,
    'reviews[].actions[].deadline': N,
    'reviews[].comment': N,
    reviewedBy: N,
  },
  DifficultyReportSubmitted: { ...planRef, salespersonId: N, difficulty: N, evidence: N, supportRequested: N, effectiveFrom: N, submittedBy: N },
  TargetAdjustmentProposed: { ...planRef, 'changes[].salespersonId': N, reason: N, proposedBy: N },
  TargetAdjustmentApproved: { ...planRef, 'changes[].salespersonId': N, ...decision, approvedBy: N },
  TargetAdjustmentRejected: { ...planRef, rejectedBy: N, reason: N },
  FollowUpItemCommented: { ...planRef, salespersonId: N, comment: N, commentedBy: N },
  PersonalSummarySubmitted: { ...planRef, salespersonId: N, summary: N, 'totals[].currency': N, submittedBy: N },
  TeamSummarySubmitted: { ...planRef, summary: N, analysis: N, 'totals[].currency': N, submittedBy: N },
  'TeamSummarySubmitted.v2': { ...planRef, summary: N, analysis: N, 'totals[].currency': N, submittedBy: N },
  PlanAppraised: { ...planRef, ...items, comments: N, 'salespersonRatings[].salespersonId': N, 'salespersonRatings[].comment': N, appraisedBy: N },
  AppraisalRevised: { ...planRef, 'corrections[].salespersonId': N, 'corrections[].reason': N, ...items, revisedBy: N },
  AppraisalApproved: { ...planRef, ...decision, approvedBy: N },
  AppraisalRejected: { ...planRef, rejectedBy: N, reason: N },
  ResultsPublished: { ...planRef, ...items, ...carryOver, nextPeriod: N, nextPlanId: N, publishedBy: N },
  CarryOverReceived: { ...planRef, sourcePlanId: N, sourcePeriod: N, ...receivedLines },
  CarryOverWaived: { ...planRef, lineId: N, salespersonId: N, originPeriod: N, waivedBy: N, reason: N },
} as const satisfies PersonalDataTable<PlanEvent>;
