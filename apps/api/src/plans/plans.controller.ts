import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Actor, CommandContext } from '#app/eventsourcing';
import {
  GetPlanHistoryQuery,
  GetPlanQuery,
  planIdFor,
  type PlanHistoryPage,
  type PlanCommand,
  type PlanView,
} from '#app/sales-planning';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import { CommandCtx, IfMatch, etagOf } from '../http/command-context.js';
import type { Reply } from '../http/reply.js';
import { CommandRoute, runPlanCommand } from './plan-command.route.js';
import { CommandResponse, PlanHistoryPageResponse, PlanResponse } from './plan.responses.js';
import {
  ApproveRequest,
  OpenPlanRequest,
  RecordActualRequest,
  RejectRequest,
  SubmitPlanBookRequest,
  SubmitPlanRequest,
} from './plan.requests.js';
import { historyPaging } from '../http/request-params.js';
import { StreamHistoryRoute, StreamStateRoute } from '../openapi/route-docs.js';

const READ_ERRORS = { 403: 'Not a reader of the plan’s team (AUTH.TEAM_FORBIDDEN)', 404: 'No such plan (PLAN.NOT_FOUND)' };

@ApiTags('plans')
@ApiBearerAuth()
@Controller('plans')
export class PlansController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  private run(command: PlanCommand, reply: Reply, expectedRevision?: number): Promise<CommandResponse> {
    return runPlanCommand(this.commands, command, reply, expectedRevision);
  }

  @Post()
  @HttpCode(201)
  @CommandRoute('OpenPlan', 'Step 1: a supervisor opens the team’s plan for a period with the problems it must solve', 201)
  async openPlan(@Body() body: OpenPlanRequest, @CommandCtx() context: CommandContext, @Res({ passthrough: true }) reply: Reply) {
    const planId = planIdFor(body.team, body.period);
    reply.header('Location', `/api/plans/${planId}`);
    return this.run({ type: 'OpenPlan', data: { planId, ...body }, context }, reply);
  }

  @Post(':planId/submit')
  @HttpCode(200)
  @CommandRoute('SubmitPlan', 'Step 2: submit (or resubmit after a rejection) the specific plan')
  submitPlan(@Param('planId') planId: string, @Body() body: SubmitPlanRequest, @CommandCtx() context: CommandContext, @IfMatch() rev: number | undefined, @Res({ passthrough: true }) reply: Reply) {
    return this.run({ type: 'SubmitPlan', data: { planId, ...body }, context }, reply, rev);
  }

  @Post(':planId/approve')
  @HttpCode(200)
  @CommandRoute('ApprovePlan', 'Step 2a: a manager approves the submitted plan')
  approvePlan(@Param('planId') planId: string, @Body() body: ApproveRequest, @CommandCtx() context: CommandContext, @IfMatch() rev: number | undefined, @Res({ passthrough: true }) reply: Reply) {
    return this.run({ type: 'ApprovePlan', data: { planId, ...body }, context }, reply, rev);
  }

  @Post(':planId/reject')
  @HttpCode(200)
  @CommandRoute('RejectPlan', 'Step 2a: a manager rejects the plan back to the supervisor, with a reason')
  rejectPlan(@Param('planId') planId: string, @Body() body: RejectRequest, @CommandCtx() context: CommandContext, @IfMatch() rev: number | undefined, @Res({ passthrough: true }) reply: Reply) {
    return this.run({ type: 'RejectPlan', data: { planId, ...body }, context }, reply, rev);
  }

  @Post(':planId/book')
  @HttpCode(200)
  @CommandRoute('SubmitPlanBook', 'Step 3: submit (or rewrite) the sales plan book')
  submitPlanBook(@Param('planId') planId: string, @Body() body: SubmitPlanBookRequest, @CommandCtx() context: CommandContext, @IfMatch() rev: number | undefined, @Res({ passthrough: true }) reply: Reply) {
    return this.run({ type: 'SubmitPlanBook', data: { planId, ...body }, context }, reply, rev);
  }

  @Post(':planId/book/approve')
  @HttpCode(200)
  @CommandRoute('ApprovePlanBook', 'Step 3a: a manager approves the plan book; execution starts')
  approvePlanBook(@Param('planId') planId: string, @Body() body: ApproveRequest, @CommandCtx() context: CommandContext, @IfMatch() rev: number | undefined, @Res({ passthrough: true }) reply: Reply) {
    return this.run({ type: 'ApprovePlanBook', data: { planId, ...body }, context }, reply, rev);
  }

  @Post(':planId/book/reject')
  @HttpCode(200)
  @CommandRoute('RejectPlanBook', 'Step 3a: a manager rejects the plan book, with a reason')
  rejectPlanBook(@Param('planId') planId: string, @Body() body: RejectRequest, @CommandCtx() context: CommandContext, @IfMatch() rev: number | undefined, @Res({ passthrough: true }) reply: Reply) {
    return this.run({ type: 'RejectPlanBook', data: { planId, ...body }, context }, reply, rev);
  }

  @Post(':planId/actuals')
  @HttpCode(200)
  @CommandRoute('RecordActual', 'Step 4: a salesperson records an actual result for themself')
  recordActual(@Param('planId') planId: string, @Body() body: RecordActualRequest, @CommandCtx() context: CommandContext, @IfMatch() rev: number | undefined, @Res({ passthrough: true }) reply: Reply) {
    return this.run({ type: 'RecordActual', data: { planId, ...body }, context }, reply, rev);
  }

  @Get(':planId')
  @StreamStateRoute('GetPlan', 'The plan’s current state (ETag = stream revision)', PlanResponse, READ_ERRORS)
  async getPlan(@Param('planId') planId: string, @CurrentActor() actor: Actor, @Res({ passthrough: true }) reply: Reply): Promise<PlanView> {
    const plan = await this.queries.execute(new GetPlanQuery(planId, actor));
    reply.header('ETag', etagOf(plan.revision));
    return plan;
  }

  @Get(':planId/history')
  @StreamHistoryRoute('GetPlanHistory', 'Every event of the plan with who, when, why (paginated by revision)', PlanHistoryPageResponse, READ_ERRORS)
  getPlanHistory(
    @Param('planId') planId: string,
    @CurrentActor() actor: Actor,
    @Query('fromRevision') fromRevision?: string,
    @Query('limit') limit?: string,
  ): Promise<PlanHistoryPage> {
    const paging = historyPaging(fromRevision, limit);
    return this.queries.execute(new GetPlanHistoryQuery(planId, actor, paging.fromRevision, paging.limit));
  }
}

