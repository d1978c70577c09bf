import { fold, type Decider, type Event, type RecordedEvent } from '#app/eventsourcing';
import { PROSPECT_DECISIONS, prospectDecider } from '#app/customer-development';
import { PLAN_DECISIONS, PLAN_EXPLAINED_CONSEQUENCES, planDecider } from '#app/sales-planning';
import { decisionTypesOf, type Decision, type ExplainedKind } from '#app/shared-kernel';
import { DecisionExplainers, type DecisionExplainer } from './decision-explanation.query.js';

type Explained = { decision: ExplainedKind; subject: string };

/**
 * An explainer from a stream category's decision table: the table says which event types are
 * decisions (and `consequences` which other events follow from one), the decider folds the state around them.
 */
function explainerOf<S, E extends Event>(
  category: string,
  decisions: Readonly<Record<E['type'], Decision | null>>,
  decider: Pick<Decider<never, S, E>, 'evolve' | 'initialState'>,
  consequences: Readonly<Partial<Record<E['type'], Explained>>> = {} as Partial<Record<E['type'], Explained>>,
): DecisionExplainer {
  return {
    category,
    decisionTypes: [...decisionTypesOf(decisions), ...Object.keys(consequences)],
    describe: (event: RecordedEvent) => decisions[event.type as E['type']] ?? consequences[event.type as E['type']]!,
    fold: (events) => fold(decider, events),
  };
}

export const planDecisionExplainer: DecisionExplainer = explainerOf('plan', PLAN_DECISIONS, planDecider, PLAN_EXPLAINED_CONSEQUENCES);

/** The two reviews of a development application (step 5a). */
export const prospectDecisionExplainer: DecisionExplainer = explainerOf('prospect', PROSPECT_DECISIONS, prospectDecider);

/** The explainers of both bounded contexts. */
export const decisionExplainers = (): DecisionExplainers => new DecisionExplainers([planDecisionExplainer, prospectDecisionExplainer]);
