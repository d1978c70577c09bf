import { Controller, Get, Inject, Param, Query, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiExtraModels, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
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

const minPositionHeader = ApiHeader({ name: 'X-Min-Position', required: false, description: 'Same as ?minPosition: wait (bounded) for this global position' });
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
  @ApiOkResponse({ type: PlanPageResponse })
  @ApiOperation({ operationId: 'ListPlans', summary: 'Plans by team, period and status (newest activity first)' })
  @minPositionHeader
  async listPlans(@Query() q: ListPlansRequest, @CurrentActor() actor: Actor, @MinPosition() min: number | undefined, @Res({ passthrough: true }) reply: Reply) {
    const filters = { ...(q.team ? { team: q.team } : {}), ...(q.period ? { period: q.period } : {}), ...(q.status ? { status: q.status } : {}), ...(q.limit ? { limit: q.limit } : {}), ...(q.cursor ? { cursor: q.cursor } : {}) };
    return withFreshness(reply, await this.queries.execute(new ListPlansQuery(actor, filters, this.options(min))));
  }

  @Get('approval-queue')
  @ApiOkResponse({ type: ApprovalQueueResponse })
  @ApiOperation({ operationId: 'GetApprovalQueue', summary: 'What awaits the calling manager’s decision (never their own submissions), oldest first' })
  @minPositionHeader
  async approvalQueue(@Query() _q: MinPositionRequest, @CurrentActor() actor: Actor, @MinPosition() min: number | undefined, @Res({ passthrough: true }) reply: Reply) {
    const result = await this.queries.execute(new GetApprovalQueueQuery(actor, this.options(min)));
    return withFreshness(reply, { data: { items: result.data }, freshness: result.freshness });
  }

  @Get('plans/:planId/tracking-sheet')
  @ApiOkResponse({ type: TrackingSheetResponse })
  @ApiOperation({ operationId: 'GetTargetTrackingSheet', summary: 'Target tracking sheet 目标跟踪表: per salesperson × metric, as of a date' })
  @minPositionHeader
  async trackingSheet(@Param('planId') planId: string, @Query() q: TrackingSheetRequest, @CurrentActor() actor: Actor, @MinPosition() min: number | undefined, @Res({ passthrough: true }) reply: Reply) {
    const asOf = q.asOf ?? new Date().toISOString().slice(0, 10);
    return withFreshness(reply, await this.queries.execute(new GetTargetTrackingSheetQuery(planId, actor, asOf, this.options(min))));
  }

  @Get('plans/:planId/follow-up-sheet')
  @ApiOkResponse({ type: FollowUpSheetResponse })
  @ApiOperation({ operationId: 'GetFollowUpSheet', summary: 'Target follow-up sheet 目标跟进表: reviews, difficulty reports, adjustments, summaries per salesperson' })
  @minPositionHeader
  async followUpSheet(@Param('planId') planId: string, @Query() _q: MinPositionRequest, @CurrentActor() actor: Actor, @MinPosition() min: number | undefined, @Res({ passthrough: true }) reply: Reply) {
    return withFreshness(reply, await this.queries.execute(new GetFollowUpSheetQuery(planId, actor, this.options(min))));
  }

  @Get('rollovers')
  @ApiOkResponse({ type: RolloverLedgerResponse })
  @ApiOperation({ operationId: 'GetRolloverLedger', summary: 'Period roll-over ledger: carried in (by origin), carried out, waived, settled; shortfall streaks' })
  @minPositionHeader
  async rollovers(@Query() q: RolloverLedgerRequest, @CurrentActor() actor: Actor, @MinPosition() min: number | undefined, @Res({ passthrough: true }) reply: Reply) {
    const { minPosition: _m, ...filters } = q;
    return withFreshness(reply, await this.queries.execute(new GetRolloverLedgerQuery(actor, filters, this.options(min))));
  }

  @Get('decisions')
  @ApiOkResponse({ type: DecisionPageResponse })
  @ApiOperation({ operationId: 'ListDecisions', summary: 'Decision log: approvals, rejections, waivers and publications with actor, role, time and reason' })
  @minPositionHeader
  async decisions(@Query() q: ListDecisionsRequest, @CurrentActor() actor: Actor, @MinPosition() min: number | undefined, @Res({ passthrough: true }) reply: Reply) {
    const { minPosition: _m, from, to, ...rest } = q;
    const filters = { ...rest, ...(from ? { from: toIso(from)! } : {}), ...(to ? { to: toIso(to)! } : {}) };
    return withFreshness(reply, await this.queries.execute(new ListDecisionsQuery(actor, filters, this.options(min))));
  }
}
