import { Controller, Get, Inject, Param, Query, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
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
import type { Reply } from '../http/reply.js';
import { ReadModelRoute } from '../openapi/route-docs.js';

const ERRORS = {
  400: 'A filter of the wrong type, an unknown parameter, an inverted range (REQUEST.INVERTED_RANGE), a malformed minPosition or a foreign cursor',
  403: 'A team you may not read (AUTH.TEAM_FORBIDDEN), or a salesperson naming another salesperson (AUTH.OWN_ROWS_ONLY)',
};

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
  @ReadModelRoute('ListProspects', 'Potential customer list 潜在客户名单: filter by status, grade, salesperson, industry, region, name; by name', ProspectPageResponse, ERRORS)
  async listProspects(@Query() q: ListProspectsRequest, @CurrentActor() actor: Actor, @MinPosition() min: number | undefined, @Res({ passthrough: true }) reply: Reply) {
    const { minPosition: _m, ...filters } = q;
    return withFreshness(reply, await this.queries.execute(new ListProspectsQuery(actor, filters, this.options(min))));
  }

  @Get('credit-checks')
  @ReadModelRoute('ListCreditChecks', 'Credit check register: every recorded credit investigation with grade, points, suggested limit and screening outcome, latest first', CreditCheckPageResponse, ERRORS)
  async listCreditChecks(@Query() q: ListCreditChecksRequest, @CurrentActor() actor: Actor, @MinPosition() min: number | undefined, @Res({ passthrough: true }) reply: Reply) {
    const { minPosition: _m, ...filters } = q;
    return withFreshness(reply, await this.queries.execute(new ListCreditChecksQuery(actor, filters, this.options(min))));
  }

  @Get('prospects/:prospectId/development-reports')
  @ReadModelRoute('GetDevelopmentReports', 'Customer development forms 客户开发表 of a prospect (step 7), each with the supervisor’s comments', DevelopmentReportsResponse, {
    400: 'An unknown parameter or a malformed minPosition',
    403: 'A team you may not read (AUTH.TEAM_FORBIDDEN), or a salesperson reading a prospect not assigned to them (AUTH.OWN_ROWS_ONLY)',
    404: 'No development reports of this prospect in the read model (PROSPECT.NOT_FOUND)',
  })
  async developmentReports(@Param('prospectId') prospectId: string, @Query() _q: MinPositionRequest, @CurrentActor() actor: Actor, @MinPosition() min: number | undefined, @Res({ passthrough: true }) reply: Reply) {
    return withFreshness(reply, await this.queries.execute(new GetDevelopmentReportsQuery(prospectId, actor, this.options(min))));
  }

  @Get('development-pipeline')
  @ReadModelRoute('GetDevelopmentPipeline', 'Development pipeline per team: prospects and expected deal value (per currency) by stage', DevelopmentPipelineResponse, ERRORS)
  async pipeline(@Query() q: DevelopmentPipelineRequest, @CurrentActor() actor: Actor, @MinPosition() min: number | undefined, @Res({ passthrough: true }) reply: Reply) {
    const { minPosition: _m, ...filters } = q;
    return withFreshness(reply, await this.queries.execute(new GetDevelopmentPipelineQuery(actor, filters, this.options(min))));
  }

  @Get('development-reports/overdue')
  @ReadModelRoute('ListOverdueDevelopmentReports', 'Prospects in development with no development report in the last `days` days as of `asOf`, longest silence first', OverdueReportsPageResponse, ERRORS)
  async overdueReports(@Query() q: OverdueReportsRequest, @CurrentActor() actor: Actor, @MinPosition() min: number | undefined, @Res({ passthrough: true }) reply: Reply) {
    const { minPosition: _m, days, asOf, ...rest } = q;
    const filters = { ...rest, days: days ?? this.config.developmentReportDueDays, asOf: asOf ?? new Date().toISOString().slice(0, 10) };
    return withFreshness(reply, await this.queries.execute(new ListOverdueDevelopmentReportsQuery(actor, filters, this.options(min))));
  }

  @Get('conversions')
  @ReadModelRoute('ListConversions', 'Conversion ledger: each converted prospect and the plan counting it as a new customer, or why none does (unattributed)', ConversionPageResponse, ERRORS)
  async conversions(@Query() q: ListConversionsRequest, @CurrentActor() actor: Actor, @MinPosition() min: number | undefined, @Res({ passthrough: true }) reply: Reply) {
    const { minPosition: _m, ...filters } = q;
    return withFreshness(reply, await this.queries.execute(new ListConversionsQuery(actor, filters, this.options(min))));
  }
}
