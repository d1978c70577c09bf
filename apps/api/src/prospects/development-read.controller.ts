import { Controller, Get, Inject, Param, Query, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Actor } from '#app/eventsourcing';
import {
  GetDevelopmentPipelineQuery,
  GetDevelopmentReportsQuery,
  ListConversionsQuery,
  ListCreditChecksQuery,
  ListOverdueDevelopmentReportsQuery,
  ListProspectsQuery,
} from '#app/customer-development';
import type { AppConfig } from '#app/platform';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import { APP_CONFIG } from '../infrastructure/tokens.js';
import { MinPosition, withFreshness } from '../read-models/freshness.js';
import {
  DevelopmentPipelineRequest,
  ListConversionsRequest,
  ListCreditChecksRequest,
  ListProspectsRequest,
  OverdueReportsRequest,
} from './development-read.requests.js';
import { ConversionPageResponse, CreditCheckPageResponse, DevelopmentPipelineResponse, DevelopmentReportsResponse, OverdueReportsPageResponse, ProspectPageResponse } from './development-read.responses.js';
import { MinPositionRequest } from '../read-models/read-model.requests.js';
import { ProspectErrorResponse } from './prospect.responses.js';
import type { Reply } from '../http/reply.js';

const minPositionHeader = ApiHeader({ name: 'X-Min-Position', required: false, description: 'Same as ?minPosition: wait (bounded) for this global position' });
const badRequest = ApiResponse({ status: 400, type: ProspectErrorResponse, description: 'A filter of the wrong type, an unknown parameter, an inverted range or a foreign cursor' });
const forbidden = ApiResponse({ status: 403, type: ProspectErrorResponse, description: 'Another team (AUTH.TEAM_FORBIDDEN), or a salesperson naming another salesperson (AUTH.OWN_ROWS_ONLY)' });

/**
 * The customer-development read models. Auditors and analysts read every team, managers and
 * supervisors their teams, salespeople the prospects assigned to them.
 */
@ApiTags('customer development read models')
@ApiBearerAuth()
@Controller()
export class DevelopmentReadController {
  constructor(
    private readonly queries: QueryBus,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private options(minPosition: number | undefined) {
    return { ...(minPosition !== undefined ? { minPosition } : {}), timeoutMs: this.config.readYourWritesTimeoutMs };
  }

  @Get('prospects')
  @ApiOkResponse({ type: ProspectPageResponse })
  @ApiOperation({ operationId: 'ListProspects', summary: 'Potential customer list 潜在客户名单: filter by status, grade, salesperson, industry, region, name; by name' })
  @minPositionHeader
  @badRequest
  @forbidden
  async listProspects(@Query() q: ListProspectsRequest, @CurrentActor() actor: Actor, @MinPosition() min: number | undefined, @Res({ passthrough: true }) reply: Reply) {
    const { minPosition: _m, ...filters } = q;
    return withFreshness(reply, await this.queries.execute(new ListProspectsQuery(actor, filters, this.options(min))));
  }

  @Get('credit-checks')
  @ApiOkResponse({ type: CreditCheckPageResponse })
  @ApiOperation({ operationId: 'ListCreditChecks', summary: 'Credit check register: every recorded credit investigation with grade, points, suggested limit and screening outcome, latest first' })
  @minPositionHeader
  @badRequest
  @forbidden
  async listCreditChecks(@Query() q: ListCreditChecksRequest, @CurrentActor() actor: Actor, @MinPosition() min: number | undefined, @Res({ passthrough: true }) reply: Reply) {
    const { minPosition: _m, ...filters } = q;
    return withFreshness(reply, await this.queries.execute(new ListCreditChecksQuery(actor, filters, this.options(min))));
  }

  @Get('prospects/:prospectId/development-reports')
  @ApiOkResponse({ type: DevelopmentReportsResponse })
  @ApiOperation({ operationId: 'GetDevelopmentReports', summary: 'Customer development forms 客户开发表 of a prospect (step 7), each with the supervisor’s comments' })
  @minPositionHeader
  @badRequest
  @forbidden
  @ApiResponse({ status: 404, type: ProspectErrorResponse })
  async developmentReports(@Param('prospectId') prospectId: string, @Query() _q: MinPositionRequest, @CurrentActor() actor: Actor, @MinPosition() min: number | undefined, @Res({ passthrough: true }) reply: Reply) {
    return withFreshness(reply, await this.queries.execute(new GetDevelopmentReportsQuery(prospectId, actor, this.options(min))));
  }

  @Get('development-pipeline')
  @ApiOkResponse({ type: DevelopmentPipelineResponse })
  @ApiOperation({ operationId: 'GetDevelopmentPipeline', summary: 'Development pipeline per team: prospects and expected deal value (per currency) by stage' })
  @minPositionHeader
  @badRequest
  @forbidden
  async pipeline(@Query() q: DevelopmentPipelineRequest, @CurrentActor() actor: Actor, @MinPosition() min: number | undefined, @Res({ passthrough: true }) reply: Reply) {
    const { minPosition: _m, ...filters } = q;
    return withFreshness(reply, await this.queries.execute(new GetDevelopmentPipelineQuery(actor, filters, this.options(min))));
  }

  @Get('development-reports/overdue')
  @ApiOkResponse({ type: OverdueReportsPageResponse })
  @ApiOperation({ operationId: 'ListOverdueDevelopmentReports', summary: 'Prospects in development with no development report in the last `days` days as of `asOf`, longest silence first' })
  @minPositionHeader
  @badRequest
  @forbidden
  async overdueReports(@Query() q: OverdueReportsRequest, @CurrentActor() actor: Actor, @MinPosition() min: number | undefined, @Res({ passthrough: true }) reply: Reply) {
    const { minPosition: _m, days, asOf, ...rest } = q;
    const filters = { ...rest, days: days ?? this.config.developmentReportDueDays, asOf: asOf ?? new Date().toISOString().slice(0, 10) };
    return withFreshness(reply, await this.queries.execute(new ListOverdueDevelopmentReportsQuery(actor, filters, this.options(min))));
  }

  @Get('conversions')
  @ApiOkResponse({ type: ConversionPageResponse })
  @ApiOperation({ operationId: 'ListConversions', summary: 'Conversion ledger: each converted prospect and the plan counting it as a new customer, or why none does (unattributed)' })
  @minPositionHeader
  @badRequest
  @forbidden
  async conversions(@Query() q: ListConversionsRequest, @CurrentActor() actor: Actor, @MinPosition() min: number | undefined, @Res({ passthrough: true }) reply: Reply) {
    const { minPosition: _m, ...filters } = q;
    return withFreshness(reply, await this.queries.execute(new ListConversionsQuery(actor, filters, this.options(min))));
  }
}
