import { deterministicUuid, type EventToAppend } from '#app/eventsourcing';
import { EventStore } from '#app/event-store';
import { planDecider, planStream, type PlanCommand, type PlanEvent, type PlanState } from '#app/sales-planning';
import { planScript } from './plan-commands.js';

/** The events the plan decider produces for plan n with `actuals` recorded actuals, with their audit metadata. */
export function planEvents(n: number, actuals: number): { stream: string; events: EventToAppend[] } {
  const commands = planScript(n, actuals);
  let state: PlanState = planDecider.initialState();
  const events: EventToAppend[] = [];
  for (const command of commands) {
    for (const event of planDecider.decide(command, state)) {
      state = planDecider.evolve(state, event);
      events.push(withMetadata(command, event, events.length));
    }
  }
  return { stream: planStream(commands[0]!.data.planId), events };
}

function withMetadata(command: PlanCommand, event: PlanEvent, index: number): EventToAppend {
  const ctx = command.context;
  return {
    id: deterministicUuid(`${ctx.commandId}:${index}`),
    type: event.type,
    data: event.data,
    metadata: {
      actorId: ctx.actor.id,
      actorName: ctx.actor.name,
      actorRole: ctx.actor.roles[0],
      commandId: ctx.commandId,
      commandType: command.type,
      correlationId: ctx.correlationId,
      causationId: ctx.commandId,
      occurredAt: ctx.now.toISOString(),
    },
  };
}

/** Fills the store with `total` plan events over plans of `perPlan` events each (5 lifecycle events, the rest actuals). */
export async function seedPlanLog(store: EventStore, total: number, perPlan: number): Promise<void> {
  const plans = Math.ceil(total / perPlan);
  const appends: Promise<unknown>[] = [];
  for (let n = 0; n < plans; n++) {
    const size = Math.min(perPlan, total - n * perPlan);
    const { stream, events } = planEvents(n, Math.max(0, size - 5));
    appends.push(store.append(stream, events.slice(0, size), { expectedRevision: 'no_stream' }));
    if (appends.length === 50) await Promise.all(appends.splice(0));
  }
  await Promise.all(appends);
}
