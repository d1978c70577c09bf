import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { fold, type CommandContext } from '#app/eventsourcing';
import { EventStore } from '#app/event-store';
import type { Assignee } from '../prospect/prospect.commands.js';
import { prospectDecider } from '../prospect/prospect.decide.js';
import { prospectStream } from '../prospect/prospect.js';
import { ExecuteProspectCommand, ExecuteProspectCommandHandler, type ProspectCommandOutcome } from './execute-prospect-command.js';

/**
 * There is no user directory: identity lives in the tokens. Assignment trusts the supervisor that
 * the id names a salesperson of the prospect's team. That trust grants nothing: the assignee still
 * acts only with a token carrying the salesperson role and the team, and the supervisor can reassign.
 */
export const trustedTeamSalesperson = (salesperson: { id: string; name: string }, team: string | undefined): Assignee => ({
  id: salesperson.id,
  name: salesperson.name,
  roles: ['salesperson'],
  teams: team === undefined ? [] : [team],
});

export class AssignProspectCommand extends Command<ProspectCommandOutcome> {
  constructor(
    readonly prospectId: string,
    readonly salesperson: { id: string; name: string },
    readonly context: CommandContext,
    readonly expectedRevision?: number,
  ) {
    super();
  }
}

/** Resolves the assignee against the prospect's team, then runs AssignProspect like any prospect command. */
@CommandHandler(AssignProspectCommand)
export class AssignProspectHandler implements ICommandHandler<AssignProspectCommand> {
  constructor(
    private readonly store: EventStore,
    private readonly prospects: ExecuteProspectCommandHandler,
  ) {}

  async execute({ prospectId, salesperson, context, expectedRevision }: AssignProspectCommand): Promise<ProspectCommandOutcome> {
    const state = fold(prospectDecider, await this.store.readStream(prospectStream(prospectId)));
    const assignee = trustedTeamSalesperson(salesperson, state.status === 'none' ? undefined : state.team);
    return this.prospects.execute(new ExecuteProspectCommand({ type: 'AssignProspect', data: { prospectId, assignee }, context }, expectedRevision));
  }
}
