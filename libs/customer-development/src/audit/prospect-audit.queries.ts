import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { NotFoundError, fold, type Actor } from '#app/eventsourcing';
import { EventStore } from '#app/event-store';
import { asOfPoint, cutAsOf, requireAuditor, type AsOf, type AsOfPoint, type DecisionExplainer } from '#app/sales-planning';
import { prospectDecider } from '../prospect/prospect.decide.js';
import { prospectStream, type ProspectState } from '../prospect/prospect.js';

export interface ProspectAsOf extends AsOfPoint {
  prospectId: string;
  state: ProspectState;
}

export class GetProspectAsOfQuery extends Query<ProspectAsOf> {
  constructor(
    readonly actor: Actor,
    readonly prospectId: string,
    readonly asOf: AsOf,
  ) {
    super();
  }
}

/** Time travel: the prospect's state at a moment or revision, folding its events up to that point. */
@QueryHandler(GetProspectAsOfQuery)
export class GetProspectAsOfHandler implements IQueryHandler<GetProspectAsOfQuery> {
  constructor(private readonly store: EventStore) {}

  async execute({ actor, prospectId, asOf }: GetProspectAsOfQuery): Promise<ProspectAsOf> {
    requireAuditor(actor);
    const stream = prospectStream(prospectId);
    const events = await this.store.readStream(stream);
    if (events.length === 0) throw new NotFoundError('PROSPECT.NOT_FOUND', `Prospect ${prospectId} does not exist`, { prospectId });
    const cut = cutAsOf(events, asOf, stream);
    return { prospectId, ...asOfPoint(stream, asOf, cut), state: fold(prospectDecider, cut.events) };
  }
}

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
