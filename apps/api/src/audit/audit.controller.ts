import { Controller, Get, HttpCode, Inject, Param, Post, Query, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Actor } from '#app/eventsourcing';
import type { AppConfig } from '#app/platform';
import { ExplainDecisionQuery, GetPlanAsOfQuery, GetProspectAsOfQuery, GetStreamHistoryQuery, GetTargetTrackingSheetAsOfQuery, SealAuditTrailCommand, VerifyAuditTrailQuery, type DecisionExplanation } from '#app/audit';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import { ErrorResponse } from '../http/command-route.js';
import { APP_CONFIG } from '../infrastructure/tokens.js';
import { historyPaging } from '../http/request-params.js';
import { AsOfRequest, ExplainRequest, StreamHistoryRequest, TrackingSheetAsOfRequest, asOfOf, revisionOf, streamNameOf } from './audit.requests.js';
import type { Reply } from '../http/reply.js';
import { NoFields } from '../http/validation.js';

const forbidden = ApiResponse({ status: 403, type: ErrorResponse, description: 'Not an auditor' });
const badRequest = ApiResponse({ status: 400, type: ErrorResponse, description: 'Malformed timestamp, revision or stream name' });
const notFound = ApiResponse({ status: 404, type: ErrorResponse, description: 'No such stream or event; or the point is before the stream existed (AUDIT.BEFORE_STREAM_EXISTED) or past its last revision (AUDIT.REVISION_NOT_FOUND)' });

/** For auditors: every event with its metadata, any state as of any moment, decisions explained, the trail verified. */
@ApiTags('audit')
@ApiBearerAuth()
@Controller('audit')
export class AuditController {
  constructor(
    private readonly queries: QueryBus,
    private readonly commands: CommandBus,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('streams/:streamName/events')
  @ApiOperation({ operationId: 'GetStreamHistory', summary: 'Every event of any stream as stored: type and version, data, metadata (who, role, when, why, command, correlation) and its integrity link; paginated by revision' })
  @badRequest
  @forbidden
  @notFound
  history(@Param('streamName') streamName: string, @Query() q: StreamHistoryRequest, @CurrentActor() actor: Actor) {
    const { fromRevision, limit } = historyPaging(q.fromRevision, q.limit);
    return this.queries.execute(new GetStreamHistoryQuery(actor, streamNameOf(streamName), fromRevision, limit));
  }

  @Get('plans/:planId/as-of')
  @ApiOperation({ operationId: 'GetPlanAsOf', summary: 'The plan’s state as of a moment (?at=, by the events’ occurredAt) or a revision (?revision=), replayed from its events' })
  @badRequest
  @forbidden
  @notFound
  planAsOf(@Param('planId') planId: string, @Query() q: AsOfRequest, @CurrentActor() actor: Actor) {
    return this.queries.execute(new GetPlanAsOfQuery(actor, planId, asOfOf(q)));
  }

  @Get('plans/:planId/tracking-sheet/as-of')
  @ApiOperation({ operationId: 'GetTargetTrackingSheetAsOf', summary: 'The target tracking sheet as the manager saw it at a moment: the plan’s events until then, rendered as of that date' })
  @badRequest
  @forbidden
  @notFound
  trackingSheetAsOf(@Param('planId') planId: string, @Query() q: TrackingSheetAsOfRequest, @CurrentActor() actor: Actor) {
    return this.queries.execute(new GetTargetTrackingSheetAsOfQuery(actor, planId, q.at));
  }

  @Get('prospects/:prospectId/as-of')
  @ApiOperation({ operationId: 'GetProspectAsOf', summary: 'The prospect’s state as of a moment (?at=) or a revision (?revision=), replayed from its events' })
  @badRequest
  @forbidden
  @notFound
  prospectAsOf(@Param('prospectId') prospectId: string, @Query() q: AsOfRequest, @CurrentActor() actor: Actor) {
    return this.queries.execute(new GetProspectAsOfQuery(actor, prospectId, asOfOf(q)));
  }

  @Get('decisions/:eventId/explanation')
  @ApiOperation({ operationId: 'ExplainDecision', summary: 'An approval, rejection, waiver, publication or application review: the state just before, the command behind it and every event of its correlation' })
  @forbidden
  @notFound
  explain(@Param('eventId') eventId: string, @Query() q: ExplainRequest, @CurrentActor() actor: Actor, @Res({ passthrough: true }) reply: Reply) {
    return this.explanation(new ExplainDecisionQuery(actor, { eventId }, this.readOptions(q)), reply);
  }

  @Get('streams/:streamName/events/:revision/explanation')
  @ApiOperation({ operationId: 'ExplainDecisionAt', summary: 'ExplainDecision for the event at a stream revision' })
  @badRequest
  @forbidden
  @notFound
  explainAt(@Param('streamName') streamName: string, @Param('revision') revision: string, @Query() q: ExplainRequest, @CurrentActor() actor: Actor, @Res({ passthrough: true }) reply: Reply) {
    return this.explanation(new ExplainDecisionQuery(actor, { streamName: streamNameOf(streamName), revision: revisionOf(revision) }, this.readOptions(q)), reply);
  }

  @Post('verify')
  @HttpCode(200)
  @ApiOperation({ operationId: 'VerifyAuditTrail', summary: 'Recomputes every stream’s hash chain and every seal; ok=false names the first broken link per stream and each seal mismatch' })
  @forbidden
  verify(@CurrentActor() actor: Actor, @NoFields() _body: void) {
    return this.queries.execute(new VerifyAuditTrailQuery(actor));
  }

  @Post('seals')
  @HttpCode(200)
  @ApiOperation({ operationId: 'SealAuditTrail', summary: 'Seals the log up to its head now: count and hash of the events since the last seal, chained to it' })
  @forbidden
  seal(@CurrentActor() actor: Actor, @NoFields() _body: void) {
    return this.commands.execute(new SealAuditTrailCommand(actor));
  }

  private readOptions(q: ExplainRequest) {
    return { ...(q.minPosition !== undefined ? { minPosition: Number(q.minPosition) } : {}), timeoutMs: this.config.readYourWritesTimeoutMs };
  }

  private async explanation(query: ExplainDecisionQuery, reply: Reply): Promise<DecisionExplanation> {
    const result = await this.queries.execute(query);
    reply.header('X-Read-Model-Position', String(result.freshness.position));
    reply.header('X-Read-Model-Behind', String(result.freshness.behind));
    return result;
  }
}
