import { fold } from '#app/eventsourcing';
import { prospectDecider } from '#app/customer-development';
import { PLAN_DECISION_TYPES, evolveDecision, planDecider } from '#app/sales-planning';
import { DecisionExplainers, type DecisionExplainer } from './decision-explanation.query.js';

export const planDecisionExplainer: DecisionExplainer = {
  category: 'plan',
  decisionTypes: PLAN_DECISION_TYPES,
  describe(event) {
    const { decision, subject } = evolveDecision(null, event as never, event.id);
    return { decision, subject };
  },
  fold: (events) => fold(planDecider, events),
};

const REVIEWS: Record<string, { decision: 'approval' | 'rejection'; subject: string }> = {
  DevelopmentApplicationApprovedBySupervisor: { decision: 'approval', subject: 'development_application_supervisor_review' },
  DevelopmentApplicationRejectedBySupervisor: { decision: 'rejection', subject: 'development_application_supervisor_review' },
  DevelopmentApplicationApprovedByManager: { decision: 'approval', subject: 'development_application_manager_review' },
  DevelopmentApplicationRejectedByManager: { decision: 'rejection', subject: 'development_application_manager_review' },
};

/** The two reviews of a development application (step 5a), as decisions an auditor can explain. */
export const prospectDecisionExplainer: DecisionExplainer = {
  category: 'prospect',
  decisionTypes: Object.keys(REVIEWS),
  describe: (event) => REVIEWS[event.type]!,
  fold: (events) => fold(prospectDecider, events),
};

/** The explainers of both bounded contexts. */
export const decisionExplainers = (): DecisionExplainers => new DecisionExplainers([planDecisionExplainer, prospectDecisionExplainer]);
