import type { CommandBus } from '@nestjs/cqrs';
import { ApiHeader, ApiOperation, ApiResponse } from '@nestjs/swagger';
import { ExecutePlanCommand, type CommandOutcome, type PlanCommand } from '#app/sales-planning';
import { etagOf } from '../http/command-context.js';
import { CommandResponse, ErrorResponse } from './plan.responses.js';

export interface Reply {
  header(name: string, value: string): Reply;
}

const commandHeaders = [
  ApiHeader({ name: 'Idempotency-Key', required: false, description: 'A retry with the same key returns the first response and appends nothing' }),
  ApiHeader({ name: 'If-Match', required: false, description: 'The ETag (stream revision) you last saw; 412 when the plan has moved on' }),
  ApiHeader({ name: 'X-Correlation-Id', required: false, description: 'Ties this command to others for auditors' }),
];

function applyAll(...decorators: MethodDecorator[]): MethodDecorator {
  return (target, key, descriptor) => {
    for (const d of decorators) d(target, key, descriptor);
  };
}

export const CommandRoute = (operationId: string, summary: string) =>
  applyAll(
    ApiOperation({ operationId, summary }),
    ...commandHeaders,
    ApiResponse({ status: 200, type: CommandResponse }),
    ApiResponse({ status: 400, type: ErrorResponse, description: 'Invalid request (field-level messages)' }),
    ApiResponse({ status: 401, type: ErrorResponse }),
    ApiResponse({ status: 403, type: ErrorResponse, description: 'Wrong role or team, or approving your own submission' }),
    ApiResponse({ status: 404, type: ErrorResponse }),
    ApiResponse({ status: 409, type: ErrorResponse, description: 'Not allowed in the plan’s current state' }),
    ApiResponse({ status: 412, type: ErrorResponse, description: 'If-Match revision is stale' }),
    ApiResponse({ status: 422, type: ErrorResponse, description: 'Idempotency-Key reused with another request' }),
  );


export async function runPlanCommand(commands: CommandBus, command: PlanCommand, reply: Reply, expectedRevision?: number): Promise<CommandResponse> {
  const outcome: CommandOutcome = await commands.execute(new ExecutePlanCommand(command, expectedRevision));
  reply.header('ETag', etagOf(outcome.revision));
  if (outcome.replayed) reply.header('Idempotent-Replayed', 'true');
  return { planId: outcome.planId, revision: outcome.revision, position: outcome.position };
}
