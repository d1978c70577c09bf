import { Readable } from 'node:stream';
import { Controller, Get, Inject, Query, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Actor } from '#app/eventsourcing';
import type { AppConfig } from '#app/platform';
import { ExportDecisionsQuery, ExportRolloversQuery, type ExportFile } from '#app/audit';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import { APP_CONFIG } from '../infrastructure/tokens.js';
import { ExportDecisionsRequest, ExportRolloversRequest, instantOf } from './audit.requests.js';
import type { Reply } from '../http/reply.js';
import { ExportRoute } from '../openapi/route-docs.js';

const ERRORS = { 400: 'A malformed or inverted range, or a range over the configured maximum (EXPORT.RANGE_TOO_LARGE, EXPORT.TOO_MANY_PERIODS name the limit)', 403: 'Neither analyst nor auditor (AUTH.ROLE_REQUIRED)' };

/**
 * Exports for analysts and auditors: CSV or JSON lines, streamed page by page from the read model
 * as the client reads, so memory stays flat whatever the range.
 */
@ApiTags('exports')
@ApiBearerAuth()
@Controller('exports')
export class ExportsController {
  constructor(
    private readonly queries: QueryBus,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('decisions')
  @ExportRoute('ExportDecisions', 'Decision log rows (approvals, rejections, waivers, publications) in a time range, oldest first', ERRORS)
  async decisions(@Query() q: ExportDecisionsRequest, @CurrentActor() actor: Actor, @Res() reply: Reply) {
    const request = { from: instantOf(q.from, false), to: instantOf(q.to, true), format: q.format ?? 'csv', ...(q.team ? { team: q.team } : {}) };
    send(reply, await this.queries.execute(new ExportDecisionsQuery(actor, request, { maxDays: this.config.exportMaxDays })));
  }

  @Get('rollovers')
  @ExportRoute('ExportRollovers', 'Roll-over ledger entries (carried in, carried out, waived, settled) of the periods in a range, by period', ERRORS)
  async rollovers(@Query() q: ExportRolloversRequest, @CurrentActor() actor: Actor, @Res() reply: Reply) {
    const request = { fromPeriod: q.fromPeriod, toPeriod: q.toPeriod, format: q.format ?? 'csv', ...(q.team ? { team: q.team } : {}) };
    send(reply, await this.queries.execute(new ExportRolloversQuery(actor, request, { maxPeriods: this.config.exportMaxPeriods })));
  }
}

function send(reply: Reply, file: ExportFile): void {
  reply
    .header('Content-Type', file.contentType)
    .header('Content-Disposition', `attachment; filename="${file.filename}"`)
    .header('X-Read-Model-Position', String(file.position))
    .send(Readable.from(file.body, { objectMode: false }));
}
