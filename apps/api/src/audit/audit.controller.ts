import { Controller, Get, HttpCode, Inject, Param, Post, Query, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiParam, ApiTags, getSchemaPath } from '@nestjs/swagger';
import type { Actor } from '#app/eventsourcing';
import type { AppConfig } from '#app/platform';
import {
  ExplainDecisionQuery,
  GetAuditVerificationQuery,
  GetPlanAsOfQuery,
  GetProspectAsOfQuery,
  GetStreamHistoryQuery,
  GetTargetTrackingSheetAsOfQuery,
  SealAuditTrailCommand,
  StartAuditVerificationCommand,
  VerifyAuditTrailQuery,
  type DecisionExplanation,
} from '#app/audit';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import { APP_CONFIG } from '../infrastructure/tokens.js';
import { historyPaging } from '../http/request-params.js';
import { AsOfRequest, ExplainRequest, StreamHistoryRequest, TrackingSheetAsOfRequest, asOfOf, revisionOf, streamNameOf } from './audit.requests.js';
import type { Reply } from '../http/reply.js';
import { AuditRoute } from '../openapi/route-docs.js';
import {
  AuditTrailReportResponse,
  AuditVerificationResponse,
  DecisionExplanationResponse,
  NothingToSealResponse,
  PlanAsOfResponse,
  ProspectAsOfResponse,
  SealedResponse,
  StreamHistoryPageResponse,
  TrackingSheetAsOfResponse,
} from './audit.responses.js';
import { NoFields } from '../http/validation.js';

const AS_OF_ERRORS = {
  400: 'Neither or both of at and revision (REQUEST.AS_OF_REQUIRED), or a malformed timestamp or revision (REQUEST.VALIDATION_FAILED)',
  404: 'No such stream (PLAN.NOT_FOUND, PROSPECT.NOT_FOUND), or the point is before the stream existed (AUDIT.BEFORE_STREAM_EXISTED) or past its last revision (AUDIT.REVISION_NOT_FOUND)',
};
const EXPLAIN_ERRORS = {
  400: 'A malformed stream name, revision or minPosition',
  404: 'No such event (AUDIT.EVENT_NOT_FOUND, also while the audit index has not reached it: pass minPosition), or it is not a decision (AUDIT.NOT_A_DECISION)',
};
const StreamNameParam = () => ApiParam({ name: 'streamName', schema: { type: 'string', pattern: '^[A-Za-z0-9$][A-Za-z0-9_.:@$-]{0,199}$' }, description: 'A stream: `plan-<id>`, `prospect-<id>`, `devscope-<id>`, `auditseal-log`, …' });

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
  @AuditRoute(
    'GetStreamHistory',
    'Every event of any stream as stored: type and version, data, metadata (who, role, when, why, command, correlation) and its integrity link; paginated by revision',
    { description: 'A page of the stream’s events', type: StreamHistoryPageResponse },
    { 400: 'A malformed stream name (REQUEST.INVALID_STREAM_NAME), fromRevision or limit', 404: 'No such stream (AUDIT.STREAM_NOT_FOUND)' },
  )
  @StreamNameParam()
  history(@Param('streamName') streamName: string, @Query() q: StreamHistoryRequest, @CurrentActor() actor: Actor) {
    const { fromRevision, limit } = historyPaging(q.fromRevision, q.limit);
    return this.queries.execute(new GetStreamHistoryQuery(actor, streamNameOf(streamName), fromRevision, limit));
  }

  @Get('plans/:planId/as-of')
  @AuditRoute('GetPlanAsOf', 'The plan’s state as of a moment (?at=, by the events’ occurredAt) or a revision (?revision=), replayed from its events', { description: 'The plan then', type: PlanAsOfResponse }, AS_OF_ERRORS)
  planAsOf(@Param('planId') planId: string, @Query() q: AsOfRequest, @CurrentActor() actor: Actor) {
    return this.queries.execute(new GetPlanAsOfQuery(actor, planId, asOfOf(q)));
  }

  @Get('plans/:planId/tracking-sheet/as-of')
  @AuditRoute(
    'GetTargetTrackingSheetAsOf',
    'The target tracking sheet as the manager saw it at a moment: the plan’s events until then, rendered as of that date',
    { description: 'The sheet then', type: TrackingSheetAsOfResponse },
    {
      400: 'at is missing or malformed (REQUEST.VALIDATION_FAILED)',
      404: 'No such plan (PLAN.NOT_FOUND), the stream did not exist yet (AUDIT.BEFORE_STREAM_EXISTED) or the plan was not opened yet (AUDIT.PLAN_NOT_OPENED)',
    },
  )
  trackingSheetAsOf(@Param('planId') planId: string, @Query() q: TrackingSheetAsOfRequest, @CurrentActor() actor: Actor) {
    return this.queries.execute(new GetTargetTrackingSheetAsOfQuery(actor, planId, q.at));
  }

  @Get('prospects/:prospectId/as-of')
  @AuditRoute('GetProspectAsOf', 'The prospect’s state as of a moment (?at=) or a revision (?revision=), replayed from its events', { description: 'The prospect then', type: ProspectAsOfResponse }, AS_OF_ERRORS)
  prospectAsOf(@Param('prospectId') prospectId: string, @Query() q: AsOfRequest, @CurrentActor() actor: Actor) {
    return this.queries.execute(new GetProspectAsOfQuery(actor, prospectId, asOfOf(q)));
  }

  @Get('decisions/:eventId/explanation')
  @AuditRoute(
    'ExplainDecision',
    'An approval, rejection, waiver, publication or application review: the state just before, the command behind it and every event of its correlation',
    { description: 'The decision explained', type: DecisionExplanationResponse, headers: ['X-Read-Model-Position', 'X-Read-Model-Behind'] },
    EXPLAIN_ERRORS,
  )
  @ApiParam({ name: 'eventId', description: 'The decision event’s id (from a stream history or GET /api/decisions)' })
  explain(@Param('eventId') eventId: string, @Query() q: ExplainRequest, @CurrentActor() actor: Actor, @Res({ passthrough: true }) reply: Reply) {
    return this.explanation(new ExplainDecisionQuery(actor, { eventId }, this.readOptions(q)), reply);
  }

  @Get('streams/:streamName/events/:revision/explanation')
  @AuditRoute(
    'ExplainDecisionAt',
    'ExplainDecision for the event at a stream revision',
    { description: 'The decision explained', type: DecisionExplanationResponse, headers: ['X-Read-Model-Position', 'X-Read-Model-Behind'] },
    EXPLAIN_ERRORS,
  )
  @StreamNameParam()
  @ApiParam({ name: 'revision', schema: { type: 'integer', minimum: 0 }, description: 'The event’s revision in the stream' })
  explainAt(@Param('streamName') streamName: string, @Param('revision') revision: string, @Query() q: ExplainRequest, @CurrentActor() actor: Actor, @Res({ passthrough: true }) reply: Reply) {
    return this.explanation(new ExplainDecisionQuery(actor, { streamName: streamNameOf(streamName), revision: revisionOf(revision) }, this.readOptions(q)), reply);
  }

  @Post('verifications')
  @HttpCode(202)
  @AuditRoute(
    'StartAuditVerification',
    'Starts verifying the audit trail in the background (every hash chain and seal, the seal receipts, holes in the log, overdue seals) and answers at once with the verification; read it back with GetAuditVerification',
    { status: 202, description: 'Started: the verification, running', type: AuditVerificationResponse, headers: ['Location'] },
    { 409: 'A verification is still running (AUDIT.VERIFICATION_RUNNING, naming it)' },
  )
  async startVerification(@CurrentActor() actor: Actor, @NoFields() _body: void, @Res({ passthrough: true }) reply: Reply) {
    const verification = await this.commands.execute(new StartAuditVerificationCommand(actor));
    reply.header('Location', `/api/audit/verifications/${verification.id}`);
    return verification;
  }

  @Get('verifications/:verificationId')
  @AuditRoute(
    'GetAuditVerification',
    'A verification’s progress while it runs (status running), its report when done (status done; report.ok says whether the trail holds), or why it failed',
    { description: 'The verification as it is now', type: AuditVerificationResponse },
    { 404: 'No such verification in this process: only the latest 20 are kept, in memory (AUDIT.VERIFICATION_NOT_FOUND)' },
  )
  @ApiParam({ name: 'verificationId', description: 'The id StartAuditVerification answered with' })
  verification(@Param('verificationId') verificationId: string, @CurrentActor() actor: Actor) {
    return this.queries.execute(new GetAuditVerificationQuery(actor, verificationId));
  }

  @Post('verify')
  @HttpCode(200)
  @AuditRoute(
    'VerifyAuditTrail',
    'Runs a verification (as StartAuditVerification) and answers with its report once done; ok=false names the first broken link per stream, each seal mismatch, each missing or different seal receipt, holes in the log and overdue seals',
    { description: 'The report (200 whether or not the trail is intact: read `ok`)', type: AuditTrailReportResponse },
    { 409: 'A verification is still running (AUDIT.VERIFICATION_RUNNING, naming it)' },
  )
  verify(@CurrentActor() actor: Actor, @NoFields() _body: void) {
    return this.queries.execute(new VerifyAuditTrailQuery(actor));
  }

  @Post('seals')
  @HttpCode(200)
  @AuditRoute(
    'SealAuditTrail',
    'Seals the log up to its head now: count and hash of the events since the last seal, chained to it',
    {
      description: 'The new seal, or `sealed: false` with the latest seal when no event came since',
      schema: { oneOf: [{ $ref: getSchemaPath(SealedResponse) }, { $ref: getSchemaPath(NothingToSealResponse) }] },
    },
    { 409: 'Another seal was written at the same time and it kept losing the race (STREAM.WRONG_EXPECTED_REVISION): retry' },
    [SealedResponse, NothingToSealResponse],
  )
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
