import { describe, it } from '@jest/globals';
import { ForbiddenError, IllegalStateError, NotFoundError, ValidationError } from '#app/eventsourcing';
import { deciderSpec } from '#testing/eventsourcing';
import { PLAN_ID, PERIOD, TEAM, actor, ctx, executing, manager, publishedPlan, salesAnn, supervisor } from '#testing/sales-planning';
import type { PlanCommand } from './plan.commands.js';
import { planDecider } from './plan.decide.js';
import type { PlanEvent } from './plan.events.js';

const spec = deciderSpec(planDecider);
const ref = { planId: PLAN_ID, team: TEAM, period: PERIOD };

const reviewed: PlanEvent = {
  type: 'ProgressReviewRecorded',
  data: { ...ref, reviewNumber: 1, reviewDate: '2027-02-20', reviewedBy: 'mgr-1', reviews: [{ salespersonId: 'ann', findings: 'Behind', rating: 'off_track', actions: [] }] },
};
const reported: PlanEvent = {
  type: 'DifficultyReportSubmitted',
  data: { ...ref, reportNumber: 1, salespersonId: 'bob', difficulty: 'Strike', cause: 'external', evidence: '', supportRequested: '', proposals: [], effectiveFrom: '2027-02-15', submittedBy: 'bob' },
};

const comment = (over: Partial<Extract<PlanCommand, { type: 'CommentOnFollowUpItem' }>['data']> = {}, who = supervisor): PlanCommand => ({
  type: 'CommentOnFollowUpItem',
  data: { planId: PLAN_ID, salespersonId: 'ann', item: 'review', number: 1, comment: 'Call the distributor first', ...over },
  context: ctx(who),
});

describe('the follow-up sheet of an executing plan', () => {
  it('takes the supervisor’s comment on a salesperson’s review finding and on a difficulty report', () => {
    spec.given([...executing, reviewed]).when(comment()).then([{ type: 'FollowUpItemCommented', data: { ...ref, salespersonId: 'ann', item: 'review', number: 1, comment: 'Call the distributor first', commentedBy: 'sup-1' } }]);
    spec.given([...executing, reported]).when(comment({ salespersonId: 'bob', item: 'difficulty_report' })).thenProduces(() => undefined);
  });

  it('is the supervisor of the plan’s team’s to comment', () => {
    spec.given([...executing, reviewed]).when(comment({}, manager)).thenThrows(ForbiddenError, 'AUTH.ROLE_REQUIRED');
    spec.given([...executing, reviewed]).when(comment({}, salesAnn)).thenThrows(ForbiddenError, 'AUTH.ROLE_REQUIRED');
    spec.given([...executing, reviewed]).when(comment({}, actor('sup-s', ['supervisor'], ['south']))).thenThrows(ForbiddenError, 'AUTH.TEAM_FORBIDDEN');
  });

  it('comments only on an item the sheet has, for that salesperson', () => {
    spec.given([...executing, reviewed]).when(comment({ number: 2 })).thenThrows(NotFoundError, 'FOLLOW_UP.ITEM_NOT_FOUND');
    spec.given([...executing, reviewed]).when(comment({ salespersonId: 'bob' })).thenThrows(NotFoundError, 'FOLLOW_UP.ITEM_NOT_FOUND');
    spec.given([...executing, reported]).when(comment({ item: 'difficulty_report' })).thenThrows(NotFoundError, 'FOLLOW_UP.ITEM_NOT_FOUND');
    spec.given([...executing, reviewed]).when(comment({ item: 'summary' as never })).thenThrows(ValidationError, 'FOLLOW_UP.ITEM_INVALID');
  });

  it('needs the comment', () => {
    spec.given([...executing, reviewed]).when(comment({ comment: '  ' })).thenThrows(ValidationError, 'FOLLOW_UP.COMMENT_REQUIRED');
  });

  it('takes no comment once the results are published (Decision 7)', () => {
    spec.given([...publishedPlan([reviewed])]).when(comment()).thenThrows(IllegalStateError, 'PLAN.CLOSED');
  });
});
