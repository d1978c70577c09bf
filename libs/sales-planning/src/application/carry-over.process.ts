import { IllegalStateError, deterministicUuid, handleCommand, type RecordedEvent } from '#app/eventsourcing';
import type { EventProcess, EventStore } from '#app/event-store';
import { SYSTEM_ACTOR, nextPeriod } from '#app/shared-kernel';
import type { ReceiveCarryOver } from '../plan/plan.commands.js';
import { planDecider } from '../plan/plan.decide.js';
import type { ResultsPublished } from '../plan/plan.events.js';
import { planIdFor, planStream } from '../plan/plan.js';

/** How far the process forwards lines past plans that no longer take them. */
const MAX_HOPS = 24;

/**
 * Decision 7 as a process: each published shortfall becomes a carried-in line on the same team's
 * plan for the next period of the same granularity. Command ids derive from the publication event
 * and the target period, so a replay after a crash appends nothing twice.
 */
export class CarryOverProcess implements EventProcess {
  readonly name = 'carry-over';
  readonly eventTypes = ['ResultsPublished'] as const;

  constructor(private readonly store: EventStore) {}

  async handle(event: RecordedEvent): Promise<void> {
    const published = event.data as ResultsPublished['data'];
    if (published.carryOver.length === 0) return;
    const metadata = event.metadata as { correlationId?: string; commandId?: string };
    let period = published.nextPeriod;
    for (let hop = 0; hop < MAX_HOPS; hop++) {
      const planId = planIdFor(published.team, period);
      const command: ReceiveCarryOver = {
        type: 'ReceiveCarryOver',
        data: { planId, team: published.team, period, sourcePlanId: published.planId, sourcePeriod: published.period, lines: published.carryOver },
        context: {
          actor: SYSTEM_ACTOR,
          actingRole: 'system',
          commandId: deterministicUuid(`carry-over:${event.id}:${period}`),
          correlationId: metadata.correlationId ?? event.id,
          causationId: metadata.commandId ?? event.id,
          now: new Date(),
        },
      };
      try {
        await handleCommand(this.store, planDecider, planStream(planId), command);
        return;
      } catch (error) {
        if (error instanceof IllegalStateError && error.code === 'CARRYOVER.PLAN_CLOSED') {
          period = nextPeriod(period);
          continue;
        }
        throw error;
      }
    }
    throw new IllegalStateError('CARRYOVER.NO_OPEN_PLAN', `No plan of team ${published.team} within ${MAX_HOPS} periods takes the carried lines`);
  }
}
