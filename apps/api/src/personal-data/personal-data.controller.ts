import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiParam, ApiTags } from '@nestjs/swagger';
import type { Actor, CommandContext } from '#app/eventsourcing';
import { EraseDataSubjectCommand, GetDataSubjectReportQuery, ListPersonalDataAccessQuery, SUBJECT_ID_PATTERN, type AccessLogPage, type DataSubjectReport, type ErasureOutcome } from '#app/personal-data';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import { CommandCtx, etagOf } from '../http/command-context.js';
import { CommandRoute } from '../http/command-route.js';
import type { Reply } from '../http/reply.js';
import { Route, type ErrorDocs } from '../openapi/route-docs.js';
import { AccessLogRequest, DataSubjectReportRequest, EraseDataSubjectRequest } from './personal-data.requests.js';
import { AccessLogPageResponse, DataSubjectReportResponse, ErasureResponse } from './personal-data.responses.js';

const UNAVAILABLE = 'The key store or the access log of personal data cannot be reached (PERSONAL_DATA.KEY_STORE_UNAVAILABLE, PERSONAL_DATA.ACCESS_LOG_UNAVAILABLE), or the event store is unavailable or busy, or the server is shutting down; retry after Retry-After seconds';
const READER_ERRORS: ErrorDocs = { 403: 'Neither auditor nor privacy officer (AUTH.ROLE_REQUIRED)', 503: UNAVAILABLE };
const FOR_PRIVACY_READERS = 'For auditors and privacy officers (the `auditor` or `privacy_officer` role). Holds subject ids and user ids; personal data in it reads as it would for the caller anywhere else, and each subject shown in clear is itself recorded in the access log.';

/** Where a subject's report is read: the Location of its erasure. */
const reportPath = (subjectId: string) => `/api/personal-data/subjects/${encodeURIComponent(subjectId)}/report`;

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
  @HttpCode(201)
  @CommandRoute(
    'EraseDataSubject',
    'Destroys the data subject’s key and records the erasure (subject, privacy officer, legal basis): their personal data reads [erased] everywhere from then on; nothing else changes',
    { status: 201, type: ErasureResponse },
    'Not a privacy officer (AUTH.ROLE_REQUIRED)',
    {
      404: 'No personal data of the subject was ever recorded (PERSONAL_DATA.SUBJECT_NOT_FOUND)',
      409: 'The subject was erased already (PERSONAL_DATA.ALREADY_ERASED)',
      503: `${UNAVAILABLE}. After a 503 the erasure may be recorded with the key not yet destroyed: the data-subject-erasure process destroys it`,
    },
  )
  async erase(@Body() body: EraseDataSubjectRequest, @CommandCtx() context: CommandContext, @Res({ passthrough: true }) reply: Reply): Promise<ErasureResponse> {
    const outcome: ErasureOutcome = await this.commands.execute(new EraseDataSubjectCommand({ type: 'EraseDataSubject', data: body, context }));
    reply.header('ETag', etagOf(outcome.revision));
    reply.header('Location', reportPath(outcome.subjectId));
    if (outcome.replayed) reply.header('Idempotent-Replayed', 'true');
    return { subjectId: outcome.subjectId, erasedAt: outcome.erasedAt, revision: outcome.revision, position: outcome.position };
  }

  @Get('subjects/:subjectId/report')
  @Route({
    operationId: 'GetDataSubjectReport',
    summary: 'For an access request: every stream and event holding the subject’s personal data (the values as the reader may see them), their erasure, and who read their data in clear',
    description: `${FOR_PRIVACY_READERS} Reads the whole event log as stored (strongly consistent); a subject of whom nothing was recorded is \`status: unknown\`, not 404.`,
    ok: { description: 'The report', type: DataSubjectReportResponse },
    errors: { 400: 'Not a data subject id (PERSONAL_DATA.SUBJECT_ID_INVALID), or accessLimit out of range (REQUEST.VALIDATION_FAILED)', ...READER_ERRORS },
  })
  @ApiParam({ name: 'subjectId', schema: { type: 'string', pattern: SUBJECT_ID_PATTERN.source }, description: 'The data subject: `contact:<prospect id>`, `legal-representative:<prospect id>` or `employee:<user id>`' })
  report(@Param('subjectId') subjectId: string, @Query() q: DataSubjectReportRequest, @CurrentActor() actor: Actor): Promise<DataSubjectReport> {
    return this.queries.execute(new GetDataSubjectReportQuery(actor, subjectId, q.accessLimit !== undefined ? Number(q.accessLimit) : undefined));
  }

  @Get('access-log')
  @Route({
    operationId: 'ListPersonalDataAccess',
    summary: 'Who read personal data in clear (who, which subject, which route, when), oldest first',
    description: `${FOR_PRIVACY_READERS} Every read that showed a subject’s personal data in clear (an API answer, an export with personalData=include, a CLI command with --personal-data) was recorded before the answer left the server. Filter by subject, reader and time; page on with \`after\`.`,
    ok: { description: 'A page of the access log', type: AccessLogPageResponse },
    errors: { 400: 'A malformed filter or limit (REQUEST.VALIDATION_FAILED), an after this log did not give out (REQUEST.INVALID_CURSOR), or from after to (REQUEST.INVERTED_RANGE)', ...READER_ERRORS },
  })
  accessLog(@Query() q: AccessLogRequest, @CurrentActor() actor: Actor): Promise<AccessLogPage> {
    const instant = (value: string) => new Date(value).toISOString();
    const filter = { ...(q.subjectId ? { subjectId: q.subjectId } : {}), ...(q.actorId ? { actorId: q.actorId } : {}), ...(q.from ? { from: instant(q.from) } : {}), ...(q.to ? { to: instant(q.to) } : {}) };
    return this.queries.execute(new ListPersonalDataAccessQuery(actor, filter, q.limit !== undefined ? Number(q.limit) : 100, q.after));
  }
}
