import { fold, type Decider, type Event, type RecordedEvent } from '#app/eventsourcing';
import { PROSPECT_DECISIONS, prospectDecider } from '#app/customer-development';
import { PLAN_DECISIONS, planDecider } from '#app/sales-planning';
import { decisionTypesOf, type Decision } from '#app/shared-kernel';
import { DecisionExplainers, type DecisionExplainer } from './decision-explanation.query.js';

/** An explainer from a stream category's decision table: the table says which event types are decisions, the decider folds the state around them. */
function explainerOf<S, E extends Event>(category: string, decisions: Readonly<Record<E['type'], Decision | null>>, decider: Pick<Decider<never, S, E>, 'evolve' | 'initialState'>): DecisionExplainer {
  return {
    category,
    decisionTypes: decisionTypesOf(decisions),
    describe: (event: RecordedEvent) => decisions[event.type as E['type']]!,
    fold: (events) => fold(decider, events),
  };
}

export const planDecisionExplainer: DecisionExplainer = explainerOf('plan', PLAN_DECISIONS, planDecider);

/** The two reviews of a development application (step 5a). */
export const prospectDecisionExplainer: DecisionExplainer = explainerOf('prospect', PROSPECT_DECISIONS, prospectDecider);

/** The explainers of both bounded contexts. */
export const decisionExplainers = (): DecisionExplainers => new DecisionExplainers([planDecisionExplainer, prospectDecisionExplainer]);
