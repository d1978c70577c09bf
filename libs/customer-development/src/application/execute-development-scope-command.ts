import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { handleCommand } from '#app/eventsourcing';
import { EventStore } from '#app/event-store';
import type { DevelopmentScopeCommand } from '../development-scope/development-scope.commands.js';
import { developmentScopeDecider } from '../development-scope/development-scope.decide.js';
import { developmentScopeStream, scopeIdFor } from '../development-scope/development-scope.js';

export interface DevelopmentScopeCommandOutcome {
  scopeId: string;
  revision: number;
  position: number;
  replayed: boolean;
}

export class ExecuteDevelopmentScopeCommand extends Command<DevelopmentScopeCommandOutcome> {
  constructor(
    readonly command: DevelopmentScopeCommand,
    readonly expectedRevision?: number,
  ) {
    super();
  }
}

/** Step 1: the supervisor defines (or redefines, as a new version) the team's new-customer scope for a period. */
@CommandHandler(ExecuteDevelopmentScopeCommand)
export class ExecuteDevelopmentScopeCommandHandler implements ICommandHandler<ExecuteDevelopmentScopeCommand> {
  constructor(private readonly store: EventStore) {}

  async execute({ command, expectedRevision }: ExecuteDevelopmentScopeCommand): Promise<DevelopmentScopeCommandOutcome> {
    const scopeId = scopeIdFor(command.data.team, command.data.period);
    const withRole = { ...command, context: { ...command.context, actingRole: 'supervisor' as const } };
    const result = await handleCommand(this.store, developmentScopeDecider, developmentScopeStream(scopeId), withRole, {
      ...(expectedRevision !== undefined ? { expectedRevision } : {}),
    });
    return { scopeId, revision: result.nextExpectedRevision, position: result.position, replayed: result.replayed };
  }
}
