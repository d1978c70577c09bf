import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { ValidationError, type Actor } from '#app/eventsourcing';
import { ProjectionRunner, ReadStore, type Page, type ReadQuery } from '#app/read-store';
import { DECISION_LOG, ROLLOVER_LEDGER, type DecisionDocument, type LedgerEntry, type RolloverLedgerDocument } from '#app/sales-planning';
import { nextPeriod, parsePeriod, periodBounds } from '#app/shared-kernel';
import { requireExporter } from '../audit-access.js';
import { decimalAmount } from './export-spreadsheet.js';
import { CONTENT_TYPES, exportLines, type ExportColumn, type ExportFile, type ExportFormat } from './export-format.js';

const PAGE_SIZE = 1000;
const DAY_MS = 86_400_000;

type PageQuery = Omit<ReadQuery, 'cursor' | 'limit' | 'sort'> & { sort: { field: string; direction: 'asc' } };

/**
 * Pages of a read-model query sorted ascending on a ranged field, fetched one at a time as the
 * consumer asks. After the first page the cursor is the only lower bound on the sort field (every
 * later document is past the range's start anyway), so each page is an index seek to where the
 * previous one ended rather than a scan from the start of the range.
 */
export async function* readPages<T extends { id: string }>(store: ReadStore, collection: string, query: PageQuery, pageSize = PAGE_SIZE): AsyncGenerator<T[]> {
  const field = query.sort.field;
  const { gt: _gt, gte: _gte, ...upper } = query.range?.[field] ?? {};
  const later: PageQuery = { ...query, range: { ...query.range, [field]: upper } };
  if (Object.keys(upper).length === 0) delete (later.range as Record<string, unknown>)[field];
  let cursor: string | null = null;
  do {
    const page: Page<T> = await store.find<T>(collection, { ...(cursor ? later : query), limit: pageSize, cursor });
    yield page.items;
    cursor = page.nextCursor;
  } while (cursor);
}

export interface DecisionExportRequest {
  /** ISO 8601 instants, both inclusive. */
  from: string;
  to: string;
  format: ExportFormat;
  team?: string;
}

export class ExportDecisionsQuery extends Query<ExportFile> {
  constructor(
    readonly actor: Actor,
    readonly request: DecisionExportRequest,
    readonly limits: { maxDays: number },
  ) {
    super();
  }
}

export const DECISION_COLUMNS: readonly ExportColumn<DecisionDocument>[] = [
  { header: 'occurredAt', value: (d) => d.occurredAt },
  { header: 'eventType', value: (d) => d.eventType },
  { header: 'decision', value: (d) => d.decision },
  { header: 'subject', value: (d) => d.subject },
  { header: 'team', value: (d) => d.team },
  { header: 'period', value: (d) => d.period },
  { header: 'planId', value: (d) => d.planId },
  { header: 'version', value: (d) => d.version },
  { header: 'actorId', value: (d) => d.actorId },
  { header: 'actorName', value: (d) => d.actorName },
  { header: 'actorRole', value: (d) => d.actorRole },
  { header: 'reason', value: (d) => d.reason },
  { header: 'comment', value: (d) => d.comment },
  { header: 'eventId', value: (d) => d.id },
  { header: 'streamName', value: (d) => d.streamName },
  { header: 'revision', value: (d) => d.revision },
  { header: 'position', value: (d) => d.position },
  { header: 'commandId', value: (d) => d.commandId },
  { header: 'correlationId', value: (d) => d.correlationId },
];

/** Decisions in a time range (by occurredAt), from the decision log, oldest first. */
export function decisionExport(store: ReadStore, collection: string, request: DecisionExportRequest, pageSize = PAGE_SIZE): AsyncGenerator<string> {
  const pages = readPages<DecisionDocument>(
    store,
    collection,
    { ...(request.team ? { where: { team: request.team } } : {}), range: { occurredAt: { gte: request.from, lte: request.to } }, sort: { field: 'occurredAt', direction: 'asc' } },
    pageSize,
  );
  return exportLines(pages, request.format, DECISION_COLUMNS, (d) => d);
}

@QueryHandler(ExportDecisionsQuery)
export class ExportDecisionsHandler implements IQueryHandler<ExportDecisionsQuery> {
  constructor(private readonly store: ReadStore, private readonly runner: ProjectionRunner) {}

  async execute({ actor, request, limits }: ExportDecisionsQuery): Promise<ExportFile> {
    requireExporter(actor);
    const days = (Date.parse(request.to) - Date.parse(request.from)) / DAY_MS;
    if (days < 0) throw new ValidationError('REQUEST.INVERTED_RANGE', 'from must not be after to', [{ field: 'from', messages: ['must not be after to'] }]);
    if (days > limits.maxDays) {
      throw new ValidationError(
        'EXPORT.RANGE_TOO_LARGE',
        `The range spans ${Math.ceil(days)} days; at most ${limits.maxDays} days (EXPORT_MAX_DAYS) are exported at once`,
        [{ field: 'to', messages: [`at most ${limits.maxDays} days after from (EXPORT_MAX_DAYS)`] }],
        { limit: 'EXPORT_MAX_DAYS', max: limits.maxDays, requested: Math.ceil(days) },
      );
    }
    const status = await this.runner.waitForPosition(DECISION_LOG, 0, 0);
    return {
      filename: `decisions_${request.from.slice(0, 10)}_${request.to.slice(0, 10)}.${request.format}`,
      contentType: CONTENT_TYPES[request.format],
      position: status.checkpoint,
      body: decisionExport(this.store, await this.runner.activeCollection(DECISION_LOG), request),
    };
  }
}

export interface RolloverExportRequest {
  fromPeriod: string;
  toPeriod: string;
  format: ExportFormat;
  team?: string;
}

export class ExportRolloversQuery extends Query<ExportFile> {
  constructor(
    readonly actor: Actor,
    readonly request: RolloverExportRequest,
    readonly limits: { maxPeriods: number },
  ) {
    super();
  }
}

export type RolloverRow = LedgerEntry & Pick<RolloverLedgerDocument, 'team' | 'period' | 'granularity' | 'published'>;

export const ROLLOVER_COLUMNS: readonly ExportColumn<RolloverRow>[] = [
  { header: 'team', value: (r) => r.team },
  { header: 'period', value: (r) => r.period },
  { header: 'granularity', value: (r) => r.granularity },
  { header: 'published', value: (r) => r.published },
  { header: 'kind', value: (r) => r.kind },
  { header: 'lineId', value: (r) => r.lineId },
  { header: 'salespersonId', value: (r) => r.salespersonId },
  { header: 'metric', value: (r) => r.metric },
  { header: 'amount', value: (r) => r.amount },
  { header: 'amountDecimal', value: (r) => decimalAmount(r.amount, r.currency) },
  { header: 'currency', value: (r) => r.currency },
  { header: 'originPeriod', value: (r) => r.originPeriod },
  { header: 'path', value: (r) => r.path.join('>') },
  { header: 'counterpartPeriod', value: (r) => r.counterpartPeriod },
];

/** One row per roll-over ledger entry of the team × periods in range, by period start. */
export function rolloverExport(store: ReadStore, collection: string, request: RolloverExportRequest, pageSize = PAGE_SIZE): AsyncGenerator<string> {
  const { start } = periodBounds(request.fromPeriod);
  const { end } = periodBounds(request.toPeriod);
  const documents = readPages<RolloverLedgerDocument>(
    store,
    collection,
    { ...(request.team ? { where: { team: request.team } } : {}), range: { periodStart: { gte: start, lte: end } }, sort: { field: 'periodStart', direction: 'asc' } },
    pageSize,
  );
  async function* rows(): AsyncGenerator<RolloverRow[]> {
    for await (const page of documents) {
      yield page
        .filter((d) => periodBounds(d.period).end <= end)
        .flatMap((d) => d.entries.map((e) => ({ team: d.team, period: d.period, granularity: d.granularity, published: d.published, ...e })));
    }
  }
  return exportLines(rows(), request.format, ROLLOVER_COLUMNS, (r) => ({ ...r, amountDecimal: decimalAmount(r.amount, r.currency) }));
}

/** How many periods of fromPeriod's granularity the range covers, counting no further than `max + 1`. */
export function periodsBetween(fromPeriod: string, toPeriod: string, max: number): number {
  const { end } = periodBounds(toPeriod);
  let count = 1;
  for (let period = fromPeriod; periodBounds(period).end < end && count <= max; period = nextPeriod(period)) count++;
  return count;
}

@QueryHandler(ExportRolloversQuery)
export class ExportRolloversHandler implements IQueryHandler<ExportRolloversQuery> {
  constructor(private readonly store: ReadStore, private readonly runner: ProjectionRunner) {}

  async execute({ actor, request, limits }: ExportRolloversQuery): Promise<ExportFile> {
    requireExporter(actor);
    parsePeriod(request.fromPeriod);
    parsePeriod(request.toPeriod);
    if (periodBounds(request.fromPeriod).start > periodBounds(request.toPeriod).end) {
      throw new ValidationError('REQUEST.INVERTED_RANGE', 'fromPeriod must not be after toPeriod', [{ field: 'fromPeriod', messages: ['must not be after toPeriod'] }]);
    }
    const periods = periodsBetween(request.fromPeriod, request.toPeriod, limits.maxPeriods);
    if (periods > limits.maxPeriods) {
      throw new ValidationError(
        'EXPORT.TOO_MANY_PERIODS',
        `The range covers more than ${limits.maxPeriods} periods of ${parsePeriod(request.fromPeriod).granularity}s; at most ${limits.maxPeriods} (EXPORT_MAX_PERIODS) are exported at once`,
        [{ field: 'toPeriod', messages: [`at most ${limits.maxPeriods} periods after fromPeriod (EXPORT_MAX_PERIODS)`] }],
        { limit: 'EXPORT_MAX_PERIODS', max: limits.maxPeriods },
      );
    }
    const status = await this.runner.waitForPosition(ROLLOVER_LEDGER, 0, 0);
    return {
      filename: `rollovers_${request.fromPeriod}_${request.toPeriod}.${request.format}`,
      contentType: CONTENT_TYPES[request.format],
      position: status.checkpoint,
      body: rolloverExport(this.store, await this.runner.activeCollection(ROLLOVER_LEDGER), request),
    };
  }
}
