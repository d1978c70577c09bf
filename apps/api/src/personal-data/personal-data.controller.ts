import { Body, Controller, Get, Param, Post, Query, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Actor, CommandContext } from '#app/eventsourcing';
import { EraseDataSubjectCommand, GetDataSubjectReportQuery, ListPersonalDataAccessQuery, type AccessLogPage, type DataSubjectReport, type ErasureOutcome } from '#app/personal-data';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import { CommandCtx } from '../http/command-context.js';
import { CommandRoute, ErrorResponse } from '../http/command-route.js';
import type { Reply } from '../http/reply.js';
import { AccessLogRequest, DataSubjectReportRequest, EraseDataSubjectRequest } from './personal-data.requests.js';
import { AccessLogPageResponse, DataSubjectReportResponse, ErasureResponse } from './personal-data.responses.js';

const forbidden = ApiResponse({ status: 403, type: ErrorResponse, description: 'Neither auditor nor privacy officer' });
const unavailable = ApiResponse({ status: 503, type: ErrorResponse, description: 'The key store or the access log cannot be reached (PERSONAL_DATA.KEY_STORE_UNAVAILABLE, PERSONAL_DATA.ACCESS_LOG_UNAVAILABLE)' });

/** Erasure of a data subject (crypto-shredding), the data-subject report for access requests, and the access log. */
@ApiTags('personal-data')
@ApiBearerAuth()
@Controller('personal-data')
export class PersonalDataController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post('erasures')
  @CommandRoute(
    'EraseDataSubject',
    'Destroys the data subject’s key and records the erasure (subject, privacy officer, legal basis): their personal data reads [erased] everywhere from then on; nothing else changes. 404 PERSONAL_DATA.SUBJECT_NOT_FOUND, 409 PERSONAL_DATA.ALREADY_ERASED',
    { status: 201, type: ErasureResponse },
    'Not a privacy officer',
  )
  @unavailable
  async erase(@Body() body: EraseDataSubjectRequest, @CommandCtx() context: CommandContext, @Res({ passthrough: true }) reply: Reply): Promise<ErasureResponse> {
    const outcome: ErasureOutcome = await this.commands.execute(new EraseDataSubjectCommand({ type: 'EraseDataSubject', data: body, context }));
    if (outcome.replayed) reply.header('Idempotent-Replayed', 'true');
    return { subjectId: outcome.subjectId, erasedAt: outcome.erasedAt, revision: outcome.revision, position: outcome.position };
  }

  @Get('subjects/:subjectId/report')
  @ApiOperation({
    operationId: 'GetDataSubjectReport',
    summary: 'For an access request: every stream and event holding the subject’s personal data (the values as the reader may see them), their erasure, and who read their data in clear',
  })
  @ApiOkResponse({ type: DataSubjectReportResponse })
  @ApiResponse({ status: 400, type: ErrorResponse, description: 'Not a data subject id (PERSONAL_DATA.SUBJECT_ID_INVALID)' })
  @forbidden
  @unavailable
  report(@Param('subjectId') subjectId: string, @Query() q: DataSubjectReportRequest, @CurrentActor() actor: Actor): Promise<DataSubjectReport> {
    return this.queries.execute(new GetDataSubjectReportQuery(actor, subjectId, q.accessLimit !== undefined ? Number(q.accessLimit) : undefined));
  }

  @Get('access-log')
  @ApiOperation({ operationId: 'ListPersonalDataAccess', summary: 'Who read personal data in clear (who, which subject, which route, when), oldest first' })
  @ApiOkResponse({ type: AccessLogPageResponse })
  @ApiResponse({ status: 400, type: ErrorResponse })
  @forbidden
  @unavailable
  accessLog(@Query() q: AccessLogRequest, @CurrentActor() actor: Actor): Promise<AccessLogPage> {
    const instant = (value: string) => new Date(value).toISOString();
    const filter = { ...(q.subjectId ? { subjectId: q.subjectId } : {}), ...(q.actorId ? { actorId: q.actorId } : {}), ...(q.from ? { from: instant(q.from) } : {}), ...(q.to ? { to: instant(q.to) } : {}) };
    return this.queries.execute(new ListPersonalDataAccessQuery(actor, filter, q.limit !== undefined ? Number(q.limit) : 100, q.after));
  }
}
