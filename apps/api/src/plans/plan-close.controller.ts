import { Body, Controller, HttpCode, Param, ParseIntPipe, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiParam, ApiTags } from '@nestjs/swagger';
import { ValidationError, type CommandContext } from '#app/eventsourcing';
import { CommandCtx, IfMatch } from '../http/command-context.js';
import {
  AppraisePlanRequest,
  CommentOnFollowUpItemRequest,
  ProposeTargetAdjustmentRequest,
  RecordProgressReviewRequest,
  ReviseAppraisalRequest,
  SubmitDifficultyReportRequest,
  SummaryRequest,
  TeamSummaryRequest,
} from './plan-close.requests.js';
import type { Reply } from '../http/reply.js';
import { CommandRoute, runPlanCommand } from './plan-command.route.js';
import { ApproveRequest, RejectRequest } from './plan.requests.js';
import { NoFields } from '../http/validation.js';

const adjustmentNumber = new ParseIntPipe({
  exceptionFactory: () =>
    new ValidationError('REQUEST.INVALID_PATH', 'The adjustment number must be an integer', [{ field: 'adjustmentNumber', messages: ['an integer'] }]),
});

const AdjustmentNumberParam = () => ApiParam({ name: 'adjustmentNumber', schema: { type: 'integer', minimum: 1 }, description: 'The adjustment’s number on the plan (1, 2, …)' });

/** Steps 5–12 of process (1): review, adjustment, summaries, appraisal, publication, waivers. */
@ApiTags('plan close')
@ApiBearerAuth()
@Controller('plans/:planId')
export class PlanCloseController {
  constructor(private readonly commands: CommandBus) {}

  @Post('reviews')
  @HttpCode(200)
  @CommandRoute('RecordProgressReview', 'Step 5: a manager records findings, ratings and actions per salesperson')
  recordProgressReview(@Param('planId') planId: string, @Body() body: RecordProgressReviewRequest, @CommandCtx() context: CommandContext, @IfMatch() rev: number | undefined, @Res({ passthrough: true }) reply: Reply) {
    return runPlanCommand(this.commands, { type: 'RecordProgressReview', data: { planId, ...body }, context }, reply, rev);
  }

  @Post('difficulty-reports')
  @HttpCode(200)
  @CommandRoute('SubmitDifficultyReport', 'Step 6: a salesperson files an execution-difficulty report with a revision form')
  submitDifficultyReport(@Param('planId') planId: string, @Body() body: SubmitDifficultyReportRequest, @CommandCtx() context: CommandContext, @IfMatch() rev: number | undefined, @Res({ passthrough: true }) reply: Reply) {
    return runPlanCommand(this.commands, { type: 'SubmitDifficultyReport', data: { planId, ...body }, context }, reply, rev);
  }

  @Post('adjustments')
  @HttpCode(200)
  @CommandRoute('ProposeTargetAdjustment', 'Step 6: the supervisor proposes new targets (one pending adjustment per plan at a time)')
  proposeTargetAdjustment(@Param('planId') planId: string, @Body() body: ProposeTargetAdjustmentRequest, @CommandCtx() context: CommandContext, @IfMatch() rev: number | undefined, @Res({ passthrough: true }) reply: Reply) {
    return runPlanCommand(this.commands, { type: 'ProposeTargetAdjustment', data: { planId, ...body }, context }, reply, rev);
  }

  @Post('adjustments/:adjustmentNumber/approve')
  @HttpCode(200)
  @CommandRoute('ApproveTargetAdjustment', 'Step 6a: a manager approves; the new targets apply')
  @AdjustmentNumberParam()
  approveTargetAdjustment(@Param('planId') planId: string, @Param('adjustmentNumber', adjustmentNumber) n: number, @Body() body: ApproveRequest, @CommandCtx() context: CommandContext, @IfMatch() rev: number | undefined, @Res({ passthrough: true }) reply: Reply) {
    return runPlanCommand(this.commands, { type: 'ApproveTargetAdjustment', data: { planId, adjustmentNumber: n, ...body }, context }, reply, rev);
  }

  @Post('adjustments/:adjustmentNumber/reject')
  @HttpCode(200)
  @CommandRoute('RejectTargetAdjustment', 'Step 6a: a manager rejects, with a reason; back to the team')
  @AdjustmentNumberParam()
  rejectTargetAdjustment(@Param('planId') planId: string, @Param('adjustmentNumber', adjustmentNumber) n: number, @Body() body: RejectRequest, @CommandCtx() context: CommandContext, @IfMatch() rev: number | undefined, @Res({ passthrough: true }) reply: Reply) {
    return runPlanCommand(this.commands, { type: 'RejectTargetAdjustment', data: { planId, adjustmentNumber: n, ...body }, context }, reply, rev);
  }

  @Post('follow-up-comments')
  @HttpCode(200)
  @CommandRoute('CommentOnFollowUpItem', 'Step 5: the team’s supervisor comments on a salesperson’s review finding or difficulty report on the follow-up sheet (目标跟进表)')
  commentOnFollowUpItem(@Param('planId') planId: string, @Body() body: CommentOnFollowUpItemRequest, @CommandCtx() context: CommandContext, @IfMatch() rev: number | undefined, @Res({ passthrough: true }) reply: Reply) {
    return runPlanCommand(this.commands, { type: 'CommentOnFollowUpItem', data: { planId, ...body }, context }, reply, rev);
  }

  @Post('personal-summaries')
  @HttpCode(200)
  @CommandRoute('SubmitPersonalSummary', 'Step 8: a salesperson submits a personal target summary (totals computed from actuals)')
  submitPersonalSummary(@Param('planId') planId: string, @Body() body: SummaryRequest, @CommandCtx() context: CommandContext, @IfMatch() rev: number | undefined, @Res({ passthrough: true }) reply: Reply) {
    return runPlanCommand(this.commands, { type: 'SubmitPersonalSummary', data: { planId, ...body }, context }, reply, rev);
  }

  @Post('team-summary')
  @HttpCode(200)
  @CommandRoute('SubmitTeamSummary', 'Step 9: the supervisor submits the team summary once every personal summary is in')
  submitTeamSummary(@Param('planId') planId: string, @Body() body: TeamSummaryRequest, @CommandCtx() context: CommandContext, @IfMatch() rev: number | undefined, @Res({ passthrough: true }) reply: Reply) {
    return runPlanCommand(this.commands, { type: 'SubmitTeamSummary', data: { planId, ...body }, context }, reply, rev);
  }

  @Post('appraisal')
  @HttpCode(200)
  @CommandRoute('AppraisePlan', 'Step 10: a manager appraises: effective target, actual, completion and shortfall per line')
  appraisePlan(@Param('planId') planId: string, @Body() body: AppraisePlanRequest, @CommandCtx() context: CommandContext, @IfMatch() rev: number | undefined, @Res({ passthrough: true }) reply: Reply) {
    return runPlanCommand(this.commands, { type: 'AppraisePlan', data: { planId, ...body }, context }, reply, rev);
  }

  @Post('appraisal/revise')
  @HttpCode(200)
  @CommandRoute('ReviseAppraisal', 'Step 11: the supervisor corrects unreasonable items, with reasons')
  reviseAppraisal(@Param('planId') planId: string, @Body() body: ReviseAppraisalRequest, @CommandCtx() context: CommandContext, @IfMatch() rev: number | undefined, @Res({ passthrough: true }) reply: Reply) {
    return runPlanCommand(this.commands, { type: 'ReviseAppraisal', data: { planId, ...body }, context }, reply, rev);
  }

  @Post('appraisal/approve')
  @HttpCode(200)
  @CommandRoute('ApproveAppraisal', 'Step 11: a manager agrees with the revised appraisal')
  approveAppraisal(@Param('planId') planId: string, @Body() body: ApproveRequest, @CommandCtx() context: CommandContext, @IfMatch() rev: number | undefined, @Res({ passthrough: true }) reply: Reply) {
    return runPlanCommand(this.commands, { type: 'ApproveAppraisal', data: { planId, ...body }, context }, reply, rev);
  }

  @Post('appraisal/reject')
  @HttpCode(200)
  @CommandRoute('RejectAppraisal', 'Step 11: a manager disagrees; the supervisor revises again')
  rejectAppraisal(@Param('planId') planId: string, @Body() body: RejectRequest, @CommandCtx() context: CommandContext, @IfMatch() rev: number | undefined, @Res({ passthrough: true }) reply: Reply) {
    return runPlanCommand(this.commands, { type: 'RejectAppraisal', data: { planId, ...body }, context }, reply, rev);
  }

  @Post('publish')
  @HttpCode(200)
  @CommandRoute('PublishResults', 'Step 12: publish the results; the plan closes and shortfalls carry over to the next period')
  publishResults(@Param('planId') planId: string, @NoFields() _body: void, @CommandCtx() context: CommandContext, @IfMatch() rev: number | undefined, @Res({ passthrough: true }) reply: Reply) {
    return runPlanCommand(this.commands, { type: 'PublishResults', data: { planId }, context }, reply, rev);
  }

  @Post('carry-over/:lineId/waive')
  @HttpCode(200)
  @CommandRoute('WaiveCarryOver', 'A manager waives a carried-in target line, with a reason')
  waiveCarryOver(@Param('planId') planId: string, @Param('lineId') lineId: string, @Body() body: RejectRequest, @CommandCtx() context: CommandContext, @IfMatch() rev: number | undefined, @Res({ passthrough: true }) reply: Reply) {
    return runPlanCommand(this.commands, { type: 'WaiveCarryOver', data: { planId, lineId, ...body }, context }, reply, rev);
  }
}
