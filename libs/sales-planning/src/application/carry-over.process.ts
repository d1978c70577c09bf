import { IllegalStateError, fold, type RecordedEvent } from '#app/eventsourcing';
import type { EventProcess, EventStore } from '#app/event-store';
import { nextPeriod, processCommandContext } from '#app/shared-kernel';
import { receivesCarryOver } from '../plan/plan-close.decide.js';
import type { ReceiveCarryOver } from '../plan/plan.commands.js';
import type { ResultsPublished } from '../plan/plan.events.js';
import { evolve, initialState, planIdFor, planStream } from '../plan/plan.js';
import { ExecutePlanCommand, type PlanCommandPath } from './execute-plan-command.js';

/** How far the process forwards lines past plans that no longer take them. */
const MAX_HOPS = 24;

/**
 * Decision 7 as a process: each published shortfall becomes a carried-in line on the same team's
 * plan for the next period of the same granularity, or of the first period after it whose plan
 * still takes carried lines. It reads the candidate plans, decides with the plan's own rule
 * (receivesCarryOver) and issues ReceiveCarryOver through the application path, as the API does.
 * The command id derives from the publication event and the period, so a replay after a crash
 * finds the plan that already holds the lines and appends nothing twice.
 */
export class CarryOverProcess implements EventProcess {
  readonly name = 'carry-over';
  readonly eventTypes = ['ResultsPublished'] as const;

  constructor(
    private readonly store: EventStore,
    private readonly plans: PlanCommandPath,
    private readonly clock: () => Date,
  ) {}

  async handle(event: RecordedEvent): Promise<void> {
    const published = event.data as ResultsPublished['data'];
    if (published.carryOver.length === 0) return;
    const { period, planId } = await this.destination(published);
    const command: ReceiveCarryOver = {
      type: 'ReceiveCarryOver',
      data: { planId, team: published.team, period, sourcePlanId: published.planId, sourcePeriod: published.period, lines: published.carryOver },
      context: processCommandContext(event, `carry-over:${event.id}:${period}`, this.clock()),
    };
    await this.plans.execute(new ExecutePlanCommand(command));
  }

  private async destination(published: ResultsPublished['data']): Promise<{ period: string; planId: string }> {
    let period = published.nextPeriod;
    for (let hop = 0; hop < MAX_HOPS; hop++, period = nextPeriod(period)) {
      const planId = planIdFor(published.team, period);
      const plan = fold({ evolve, initialState }, await this.store.readStream(planStream(planId)));
      if (receivesCarryOver(plan, published.carryOver)) return { period, planId };
    }
    throw new IllegalStateError('CARRYOVER.NO_OPEN_PLAN', `No plan of team ${published.team} within ${MAX_HOPS} periods takes the carried lines`);
  }
}
