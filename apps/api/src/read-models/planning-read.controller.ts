import { Controller, Get, Inject, Param, Query, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiExtraModels, ApiTags } from '@nestjs/swagger';
import type { Actor } from '#app/eventsourcing';
import type { AppConfig } from '#app/platform';
import {
  GetApprovalQueueQuery,
  GetFollowUpSheetQuery,
  GetRolloverLedgerQuery,
  GetTargetTrackingSheetQuery,
  ListDecisionsQuery,
  ListPlansQuery,
} from '#app/sales-planning';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import { APP_CONFIG } from '../infrastructure/tokens.js';
import { MinPosition, withFreshness } from './freshness.js';
import {
  ApprovalQueueResponse,
  DecisionPageResponse,
  FollowUpSheetResponse,
  PLANNING_RESPONSE_MODELS,
  PlanPageResponse,
  RolloverLedgerResponse,
  TrackingSheetResponse,
} from './planning-read.responses.js';
import { ListDecisionsRequest, ListPlansRequest, MinPositionRequest, RolloverLedgerRequest, TrackingSheetRequest } from './read-model.requests.js';
import type { Reply } from '../http/reply.js';
import { ReadModelRoute } from '../openapi/route-docs.js';

const TEAM_FORBIDDEN = { 403: 'A team you may not read (AUTH.TEAM_FORBIDDEN), or a salesperson naming another salesperson (AUTH.OWN_ROWS_ONLY)' };
const PLAN_ERRORS = { 403: 'Not a reader of the plan’s team (AUTH.TEAM_FORBIDDEN)', 404: 'No such plan (PLAN.NOT_FOUND)' };
const toIso = (value: string | undefined) => (value === undefined ? undefined : new Date(value).toISOString());

/** The planning read models: what dashboards and analysts read. */
@ApiTags('planning read models')
@ApiExtraModels(...PLANNING_RESPONSE_MODELS)
@ApiBearerAuth()
@Controller()
export class PlanningReadController {
  constructor(
    private readonly queries: QueryBus,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private options(minPosition: number | undefined) {
    return { ...(minPosition !== undefined ? { minPosition } : {}), timeoutMs: this.config.readYourWritesTimeoutMs };
  }

  @Get('plans')
  @ReadModelRoute('ListPlans', 'Plans by team, period and status (newest activity first)', PlanPageResponse, TEAM_FORBIDDEN)
  async listPlans(@Query() q: ListPlansRequest, @CurrentActor() actor: Actor, @MinPosition() min: number | undefined, @Res({ passthrough: true }) reply: Reply) {
    const filters = { ...(q.team ? { team: q.team } : {}), ...(q.period ? { period: q.period } : {}), ...(q.status ? { status: q.status } : {}), ...(q.limit ? { limit: q.limit } : {}), ...(q.cursor ? { cursor: q.cursor } : {}) };
    return withFreshness(reply, await this.queries.execute(new ListPlansQuery(actor, filters, this.options(min))));
  }

  @Get('approval-queue')
  @ReadModelRoute('GetApprovalQueue', 'What awaits the calling manager’s decision (never their own submissions), oldest first', ApprovalQueueResponse, { 403: 'Not a manager (AUTH.ROLE_REQUIRED)' })
  async approvalQueue(@Query() _q: MinPositionRequest, @CurrentActor() actor: Actor, @MinPosition() min: number | undefined, @Res({ passthrough: true }) reply: Reply) {
    const result = await this.queries.execute(new GetApprovalQueueQuery(actor, this.options(min)));
    return withFreshness(reply, { data: { items: result.data }, freshness: result.freshness });
  }

  @Get('plans/:planId/tracking-sheet')
  @ReadModelRoute('GetTargetTrackingSheet', 'Target tracking sheet 目标跟踪表: per salesperson × metric, as of a date', TrackingSheetResponse, PLAN_ERRORS)
  async trackingSheet(@Param('planId') planId: string, @Query() q: TrackingSheetRequest, @CurrentActor() actor: Actor, @MinPosition() min: number | undefined, @Res({ passthrough: true }) reply: Reply) {
    const asOf = q.asOf ?? new Date().toISOString().slice(0, 10);
    return withFreshness(reply, await this.queries.execute(new GetTargetTrackingSheetQuery(planId, actor, asOf, this.options(min))));
  }

  @Get('plans/:planId/follow-up-sheet')
  @ReadModelRoute('GetFollowUpSheet', 'Target follow-up sheet 目标跟进表: reviews, difficulty reports, adjustments, summaries per salesperson', FollowUpSheetResponse, PLAN_ERRORS)
  async followUpSheet(@Param('planId') planId: string, @Query() _q: MinPositionRequest, @CurrentActor() actor: Actor, @MinPosition() min: number | undefined, @Res({ passthrough: true }) reply: Reply) {
    return withFreshness(reply, await this.queries.execute(new GetFollowUpSheetQuery(planId, actor, this.options(min))));
  }

  @Get('rollovers')
  @ReadModelRoute('GetRolloverLedger', 'Period roll-over ledger: carried in (by origin), carried out, waived, settled; shortfall streaks', RolloverLedgerResponse, TEAM_FORBIDDEN)
  async rollovers(@Query() q: RolloverLedgerRequest, @CurrentActor() actor: Actor, @MinPosition() min: number | undefined, @Res({ passthrough: true }) reply: Reply) {
    const { minPosition: _m, ...filters } = q;
    return withFreshness(reply, await this.queries.execute(new GetRolloverLedgerQuery(actor, filters, this.options(min))));
  }

  @Get('decisions')
  @ReadModelRoute('ListDecisions', 'Decision log: approvals, rejections, waivers and publications with actor, role, time and reason', DecisionPageResponse, TEAM_FORBIDDEN)
  async decisions(@Query() q: ListDecisionsRequest, @CurrentActor() actor: Actor, @MinPosition() min: number | undefined, @Res({ passthrough: true }) reply: Reply) {
    const { minPosition: _m, from, to, ...rest } = q;
    const filters = { ...rest, ...(from ? { from: toIso(from)! } : {}), ...(to ? { to: toIso(to)! } : {}) };
    return withFreshness(reply, await this.queries.execute(new ListDecisionsQuery(actor, filters, this.options(min))));
  }
}
