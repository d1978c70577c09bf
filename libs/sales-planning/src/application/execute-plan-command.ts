import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { handleCommand, type Role } from '#app/eventsourcing';
import { EventStore } from '#app/event-store';
import type { PlanCommand } from '../plan/plan.commands.js';
import { planDecider } from '../plan/plan.decide.js';
import { planStream } from '../plan/plan.js';

export interface CommandOutcome {
  planId: string;
  revision: number;
  position: number;
  /** True when an earlier identical request (Idempotency-Key) already did this. */
  replayed: boolean;
}

/** The role each plan command is performed in, recorded as the events' actorRole. */
export const PLAN_COMMAND_ROLES: Record<PlanCommand['type'], Role | 'system'> = {
  OpenPlan: 'supervisor',
  SubmitPlan: 'supervisor',
  ApprovePlan: 'manager',
  RejectPlan: 'manager',
  SubmitPlanBook: 'supervisor',
  ApprovePlanBook: 'manager',
  RejectPlanBook: 'manager',
  RecordActual: 'salesperson',
  RecordConversionActual: 'system',
  RecordProgressReview: 'manager',
  SubmitDifficultyReport: 'salesperson',
  ProposeTargetAdjustment: 'supervisor',
  ApproveTargetAdjustment: 'manager',
  RejectTargetAdjustment: 'manager',
  CommentOnFollowUpItem: 'supervisor',
  SubmitPersonalSummary: 'salesperson',
  SubmitTeamSummary: 'supervisor',
  AppraisePlan: 'manager',
  ReviseAppraisal: 'supervisor',
  ApproveAppraisal: 'manager',
  RejectAppraisal: 'manager',
  PublishResults: 'manager',
  ReceiveCarryOver: 'system',
  WaiveCarryOver: 'manager',
};

export class ExecutePlanCommand extends Command<CommandOutcome> {
  constructor(
    readonly command: PlanCommand,
    /** The revision the client last saw (If-Match). */
    readonly expectedRevision?: number,
  ) {
    super();
  }
}

/** The application path of plan commands (the role table, the decider, the append): what the API's command bus and the event-driven processes call. */
export interface PlanCommandPath {
  execute(command: ExecutePlanCommand): Promise<CommandOutcome>;
}

@CommandHandler(ExecutePlanCommand)
export class ExecutePlanCommandHandler implements ICommandHandler<ExecutePlanCommand>, PlanCommandPath {
  constructor(private readonly store: EventStore) {}

  async execute({ command, expectedRevision }: ExecutePlanCommand): Promise<CommandOutcome> {
    const withRole = { ...command, context: { ...command.context, actingRole: PLAN_COMMAND_ROLES[command.type] } } as PlanCommand;
    const result = await handleCommand(this.store, planDecider, planStream(command.data.planId), withRole, {
      ...(expectedRevision !== undefined ? { expectedRevision } : {}),
    });
    return { planId: command.data.planId, revision: result.nextExpectedRevision, position: result.position, replayed: result.replayed };
  }
}
