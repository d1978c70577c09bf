import type { CommandBus } from '@nestjs/cqrs';
import { ExecutePlanCommand, type CommandOutcome, type PlanCommand } from '#app/sales-planning';
import { etagOf } from '../http/command-context.js';
import { CommandRoute as SharedCommandRoute } from '../http/command-route.js';
import { CommandResponse } from './plan.responses.js';
import type { Reply } from '../http/reply.js';

/** A plan command route: operationId = command name, 200 with the plan id, revision and position. */
export const CommandRoute = (operationId: string, summary: string, status = 200) => SharedCommandRoute(operationId, summary, { status, type: CommandResponse });

export async function runPlanCommand(commands: CommandBus, command: PlanCommand, reply: Reply, expectedRevision?: number): Promise<CommandResponse> {
  const outcome: CommandOutcome = await commands.execute(new ExecutePlanCommand(command, expectedRevision));
  reply.header('ETag', etagOf(outcome.revision));
  if (outcome.replayed) reply.header('Idempotent-Replayed', 'true');
  return { planId: outcome.planId, revision: outcome.revision, position: outcome.position };
}
