import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiParam, ApiTags } from '@nestjs/swagger';
import type { Actor, CommandContext } from '#app/eventsourcing';
import {
  AssignProspectCommand,
  ExecuteProspectCommand,
  GetProspectHistoryQuery,
  GetProspectQuery,
  prospectIdFor,
  type CreditInvestigationInput,
  type ProspectCommand,
  type ProspectCommandOutcome,
  type ProspectHistoryPage,
  type ProspectView,
  type ResolveCreditIssue,
  type ReviewData,
  type ScreenProspect,
} from '#app/customer-development';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import { CommandCtx, IfMatch, etagOf } from '../http/command-context.js';
import { CommandRoute } from './command-route.decorator.js';
import { historyPaging, positiveInteger } from '../http/request-params.js';
import { ProspectCommandResponse, ProspectHistoryPageResponse, ProspectResponse } from './prospect.responses.js';
import { StreamHistoryRoute, StreamStateRoute } from '../openapi/route-docs.js';
import {
  AbandonProspectRequest,
  AddProspectRequest,
  AssignProspectRequest,
  CommentOnDevelopmentReportRequest,
  ConvertProspectRequest,
  FileDevelopmentReportRequest,
  RecordCreditCheckRequest,
  ReportCreditIssueRequest,
  ResolveCreditIssueRequest,
  ReviewApplicationRequest,
  ScreenProspectRequest,
  SubmitDevelopmentApplicationRequest,
} from './prospect.requests.js';
import type { Reply } from '../http/reply.js';
import { NoFields } from '../http/validation.js';

const ok = { status: 200, type: ProspectCommandResponse };
const READ_ERRORS = { 403: 'Not a reader of the prospect’s team (AUTH.TEAM_FORBIDDEN)', 404: 'No such prospect (PROSPECT.NOT_FOUND)' };

/** Customer development (process 2, steps 2–7): one route per command; rules live in the prospect decider. */
@ApiTags('prospects')
@ApiBearerAuth()
@Controller('prospects')
export class ProspectsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  private async send(command: ExecuteProspectCommand | AssignProspectCommand, reply: Reply): Promise<ProspectCommandResponse> {
    const outcome: ProspectCommandOutcome = await this.commands.execute(command);
    reply.header('ETag', etagOf(outcome.revision));
    if (outcome.replayed) reply.header('Idempotent-Replayed', 'true');
    return { prospectId: outcome.prospectId, revision: outcome.revision, position: outcome.position };
  }

  private run(command: ProspectCommand, reply: Reply, expectedRevision?: number): Promise<ProspectCommandResponse> {
    return this.send(new ExecuteProspectCommand(command, expectedRevision), reply);
  }

  @Post()
  @HttpCode(201)
  @CommandRoute('AddProspect', 'Step 2: a salesperson (self-assigned) or the supervisor puts a prospect on the team’s list; 409 with the existing id for a duplicate name or registration number', { status: 201, type: ProspectCommandResponse })
  addProspect(@Body() body: AddProspectRequest, @CommandCtx() context: CommandContext, @Res({ passthrough: true }) reply: Reply) {
    const prospectId = prospectIdFor(context.commandId);
    reply.header('Location', `/api/prospects/${prospectId}`);
    return this.run({ type: 'AddProspect', data: { prospectId, ...body }, context }, reply);
  }

  @Post(':prospectId/assign')
  @HttpCode(200)
  @CommandRoute('AssignProspect', 'The supervisor assigns (or reassigns) the prospect to a salesperson of the team', ok)
  assignProspect(@Param('prospectId') prospectId: string, @Body() body: AssignProspectRequest, @CommandCtx() context: CommandContext, @IfMatch() rev: number | undefined, @Res({ passthrough: true }) reply: Reply) {
    return this.send(new AssignProspectCommand(prospectId, { id: body.salespersonId, name: body.salespersonName }, context, rev), reply);
  }

  @Post(':prospectId/credit-checks')
  @HttpCode(200)
  @CommandRoute('RecordCreditCheck', 'Step 3: the assigned salesperson records the credit investigation form; the grade is computed; a stopped prospect re-opens only this way', ok)
  recordCreditCheck(@Param('prospectId') prospectId: string, @Body() body: RecordCreditCheckRequest, @CommandCtx() context: CommandContext, @IfMatch() rev: number | undefined, @Res({ passthrough: true }) reply: Reply) {
    const form: CreditInvestigationInput = body;
    return this.run({ type: 'RecordCreditCheck', data: { prospectId, ...form }, context }, reply, rev);
  }

  @Post(':prospectId/screen')
  @HttpCode(200)
  @CommandRoute('ScreenProspect', 'Step 4: the supervisor picks a key prospect, or asks for a re-investigation naming what is unclear', ok)
  screenProspect(@Param('prospectId') prospectId: string, @Body() body: ScreenProspectRequest, @CommandCtx() context: CommandContext, @IfMatch() rev: number | undefined, @Res({ passthrough: true }) reply: Reply) {
    const data = { prospectId, ...body } as ScreenProspect['data'];
    return this.run({ type: 'ScreenProspect', data, context }, reply, rev);
  }

  @Post(':prospectId/credit-issue')
  @HttpCode(200)
  @CommandRoute('ReportCreditIssue', 'Step 4: a credit problem is reported to the superior; the prospect waits on hold', ok)
  reportCreditIssue(@Param('prospectId') prospectId: string, @Body() body: ReportCreditIssueRequest, @CommandCtx() context: CommandContext, @IfMatch() rev: number | undefined, @Res({ passthrough: true }) reply: Reply) {
    return this.run({ type: 'ReportCreditIssue', data: { prospectId, ...body }, context }, reply, rev);
  }

  @Post(':prospectId/credit-issue/resolve')
  @HttpCode(200)
  @CommandRoute('ResolveCreditIssue', 'Step 4: a manager redefines the prospect, or stops investigation and negotiation', ok)
  resolveCreditIssue(@Param('prospectId') prospectId: string, @Body() body: ResolveCreditIssueRequest, @CommandCtx() context: CommandContext, @IfMatch() rev: number | undefined, @Res({ passthrough: true }) reply: Reply) {
    const data = { prospectId, ...body } as ResolveCreditIssue['data'];
    return this.run({ type: 'ResolveCreditIssue', data, context }, reply, rev);
  }

  @Post(':prospectId/application')
  @HttpCode(200)
  @CommandRoute('SubmitDevelopmentApplication', 'Step 5: the assigned salesperson applies with a development plan (needs a credit check screened as key prospect)', ok)
  submitApplication(@Param('prospectId') prospectId: string, @Body() body: SubmitDevelopmentApplicationRequest, @CommandCtx() context: CommandContext, @IfMatch() rev: number | undefined, @Res({ passthrough: true }) reply: Reply) {
    return this.run({ type: 'SubmitDevelopmentApplication', data: { prospectId, ...body }, context }, reply, rev);
  }

  @Post(':prospectId/application/supervisor-review')
  @HttpCode(200)
  @CommandRoute('ReviewApplicationAsSupervisor', 'Step 5a: the team’s supervisor approves or rejects (with a reason) the application', ok)
  reviewAsSupervisor(@Param('prospectId') prospectId: string, @Body() body: ReviewApplicationRequest, @CommandCtx() context: CommandContext, @IfMatch() rev: number | undefined, @Res({ passthrough: true }) reply: Reply) {
    const data = { prospectId, ...body } as ReviewData;
    return this.run({ type: 'ReviewApplicationAsSupervisor', data, context }, reply, rev);
  }

  @Post(':prospectId/application/manager-review')
  @HttpCode(200)
  @CommandRoute('ReviewApplicationAsManager', 'Step 5a: after the supervisor approved, a manager approves or rejects (with a reason)', ok)
  reviewAsManager(@Param('prospectId') prospectId: string, @Body() body: ReviewApplicationRequest, @CommandCtx() context: CommandContext, @IfMatch() rev: number | undefined, @Res({ passthrough: true }) reply: Reply) {
    const data = { prospectId, ...body } as ReviewData;
    return this.run({ type: 'ReviewApplicationAsManager', data, context }, reply, rev);
  }

  @Post(':prospectId/development/start')
  @HttpCode(200)
  @CommandRoute('StartDevelopment', 'Step 6: the assigned salesperson starts the approved development plan (no body)', ok)
  startDevelopment(@Param('prospectId') prospectId: string, @NoFields() _body: void, @CommandCtx() context: CommandContext, @IfMatch() rev: number | undefined, @Res({ passthrough: true }) reply: Reply) {
    return this.run({ type: 'StartDevelopment', data: { prospectId }, context }, reply, rev);
  }

  @Post(':prospectId/reports')
  @HttpCode(200)
  @CommandRoute('FileDevelopmentReport', 'Step 7: the assigned salesperson reports progress on the customer development form', ok)
  fileReport(@Param('prospectId') prospectId: string, @Body() body: FileDevelopmentReportRequest, @CommandCtx() context: CommandContext, @IfMatch() rev: number | undefined, @Res({ passthrough: true }) reply: Reply) {
    return this.run({ type: 'FileDevelopmentReport', data: { prospectId, ...body }, context }, reply, rev);
  }

  @Post(':prospectId/reports/:reportNumber/comments')
  @HttpCode(200)
  @CommandRoute('CommentOnDevelopmentReport', 'Step 7: the supervisor comments on a development report', ok)
  @ApiParam({ name: 'reportNumber', schema: { type: 'integer', minimum: 1 }, description: 'The report’s number on the prospect (1, 2, …)' })
  commentOnReport(@Param('prospectId') prospectId: string, @Param('reportNumber') reportNumber: string, @Body() body: CommentOnDevelopmentReportRequest, @CommandCtx() context: CommandContext, @IfMatch() rev: number | undefined, @Res({ passthrough: true }) reply: Reply) {
    const data = { prospectId, reportNumber: positiveInteger('reportNumber', reportNumber), ...body };
    return this.run({ type: 'CommentOnDevelopmentReport', data, context }, reply, rev);
  }

  @Post(':prospectId/convert')
  @HttpCode(200)
  @CommandRoute('ConvertProspect', 'The prospect in development becomes a customer (one new customer for the salesperson)', ok)
  convertProspect(@Param('prospectId') prospectId: string, @Body() body: ConvertProspectRequest, @CommandCtx() context: CommandContext, @IfMatch() rev: number | undefined, @Res({ passthrough: true }) reply: Reply) {
    return this.run({ type: 'ConvertProspect', data: { prospectId, ...body }, context }, reply, rev);
  }

  @Post(':prospectId/abandon')
  @HttpCode(200)
  @CommandRoute('AbandonProspect', 'The assigned salesperson or the supervisor gives the prospect up, with a reason', ok)
  abandonProspect(@Param('prospectId') prospectId: string, @Body() body: AbandonProspectRequest, @CommandCtx() context: CommandContext, @IfMatch() rev: number | undefined, @Res({ passthrough: true }) reply: Reply) {
    return this.run({ type: 'AbandonProspect', data: { prospectId, ...body }, context }, reply, rev);
  }

  @Get(':prospectId')
  @StreamStateRoute('GetProspect', 'The prospect’s current state and list fields (ETag = stream revision)', ProspectResponse, READ_ERRORS)
  async getProspect(@Param('prospectId') prospectId: string, @CurrentActor() actor: Actor, @Res({ passthrough: true }) reply: Reply): Promise<ProspectView> {
    const prospect = await this.queries.execute(new GetProspectQuery(prospectId, actor));
    reply.header('ETag', etagOf(prospect.revision));
    return prospect;
  }

  @Get(':prospectId/history')
  @StreamHistoryRoute('GetProspectHistory', 'Every event of the prospect with who, when, why (paginated by revision)', ProspectHistoryPageResponse, READ_ERRORS)
  getProspectHistory(
    @Param('prospectId') prospectId: string,
    @CurrentActor() actor: Actor,
    @Query('fromRevision') fromRevision?: string,
    @Query('limit') limit?: string,
  ): Promise<ProspectHistoryPage> {
    const page = historyPaging(fromRevision, limit);
    return this.queries.execute(new GetProspectHistoryQuery(prospectId, actor, page.fromRevision, page.limit));
  }
}
