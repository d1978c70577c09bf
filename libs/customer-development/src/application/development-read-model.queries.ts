import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { Actor } from '#app/eventsourcing';
import { ProjectionRunner, ReadStore, type FieldValue, type Page, type RangeCondition } from '#app/read-store';
import { normaliseProspectName } from '../prospect/prospect-name.js';
import type { ConversionDocument } from '../read-models/conversion-ledger.projection.js';
import type { CreditCheckDocument } from '../read-models/credit-check-register.projection.js';
import {
  PIPELINE_PHASE,
  PIPELINE_STAGES,
  type DevelopmentPipelineDocument,
  type PipelineEntry,
  type PipelinePhase,
  type PipelineStage,
} from '../read-models/development-pipeline.projection.js';
import { textKey, type ProspectListDocument } from '../read-models/prospect-list.projection.js';
import type { ReportScheduleDocument } from '../read-models/report-schedule.projection.js';
import { allForTeams, fresh, pageForTeams, readScope, requireOrderedRange, type Fresh, type Money, type ReadOptions } from '#app/shared-kernel';

interface Paging {
  limit?: number;
  cursor?: string;
}

const DEFAULT_LIMIT = 50;

function dateRange(from: string | undefined, to: string | undefined): RangeCondition | undefined {
  if (from === undefined && to === undefined) return undefined;
  return { ...(from !== undefined ? { gte: from } : {}), ...(to !== undefined ? { lte: to } : {}) };
}

function definedOnly(where: Record<string, FieldValue | undefined>): Record<string, FieldValue> {
  return Object.fromEntries(Object.entries(where).filter(([, v]) => v !== undefined)) as Record<string, FieldValue>;
}

export interface ProspectListFilters extends Paging {
  team?: string;
  status?: string;
  grade?: string;
  salesperson?: string;
  industry?: string;
  region?: string;
  /** Case-insensitive substring of the normalised name. */
  q?: string;
}

export type ProspectListItem = Omit<ProspectListDocument, 'prospect' | 'industryKey' | 'regionKey'>;

export class ListProspectsQuery extends Query<Fresh<Page<ProspectListItem>>> {
  constructor(
    readonly actor: Actor,
    readonly filters: ProspectListFilters,
    readonly options: ReadOptions,
  ) {
    super();
  }
}

const listItem = ({ prospect: _state, industryKey: _i, regionKey: _r, ...item }: ProspectListDocument): ProspectListItem => item;

/**
 * The potential customer list 潜在客户名单 by name. Equality filters run in the read store; the
 * name search filters the rows read (the store has no substring match), so with `q` a page may
 * be shorter than the limit while nextCursor goes on.
 */
@QueryHandler(ListProspectsQuery)
export class ListProspectsHandler implements IQueryHandler<ListProspectsQuery> {
  constructor(
    private readonly store: ReadStore,
    private readonly runner: ProjectionRunner,
  ) {}

  execute({ actor, filters, options }: ListProspectsQuery) {
    const scope = readScope(actor, filters, 'prospects');
    const where = definedOnly({
      status: filters.status,
      latestCreditGrade: filters.grade,
      assignedSalespersonId: scope.salespersonId,
      industryKey: filters.industry !== undefined ? textKey(filters.industry) : undefined,
      regionKey: filters.region !== undefined ? textKey(filters.region) : undefined,
    });
    const needle = filters.q !== undefined ? normaliseProspectName(filters.q) : undefined;
    const keep = needle ? (doc: ProspectListDocument) => doc.normalisedName.includes(needle) : undefined;
    return fresh(this.runner, 'prospect-list', options, async (collection) => {
      const page = await pageForTeams<ProspectListDocument>(
        this.store,
        collection,
        scope.teams,
        { where, sort: { field: 'normalisedName', direction: 'asc' }, limit: filters.limit ?? DEFAULT_LIMIT },
        filters.cursor,
        keep,
      );
      return { items: page.items.map(listItem), nextCursor: page.nextCursor };
    });
  }
}

export interface CreditCheckFilters extends Paging {
  team?: string;
  prospect?: string;
  grade?: string;
  salesperson?: string;
  /** investigatedOn from (inclusive), YYYY-MM-DD. */
  from?: string;
  /** investigatedOn to (inclusive), YYYY-MM-DD. */
  to?: string;
}

export class ListCreditChecksQuery extends Query<Fresh<Page<CreditCheckDocument>>> {
  constructor(
    readonly actor: Actor,
    readonly filters: CreditCheckFilters,
    readonly options: ReadOptions,
  ) {
    super();
  }
}

/** The credit check register, latest investigation first. */
@QueryHandler(ListCreditChecksQuery)
export class ListCreditChecksHandler implements IQueryHandler<ListCreditChecksQuery> {
  constructor(
    private readonly store: ReadStore,
    private readonly runner: ProjectionRunner,
  ) {}

  execute({ actor, filters, options }: ListCreditChecksQuery) {
    requireOrderedRange(filters.from, filters.to);
    const scope = readScope(actor, filters, 'prospects');
    const where = definedOnly({ prospectId: filters.prospect, grade: filters.grade, salespersonId: scope.salespersonId });
    const investigatedOn = dateRange(filters.from, filters.to);
    return fresh(this.runner, 'credit-check-register', options, (collection) =>
      pageForTeams<CreditCheckDocument>(
        this.store,
        collection,
        scope.teams,
        {
          where,
          ...(investigatedOn ? { range: { investigatedOn } } : {}),
          sort: { field: 'investigatedOn', direction: 'desc' },
          limit: filters.limit ?? DEFAULT_LIMIT,
        },
        filters.cursor,
      ),
    );
  }
}

export interface PipelineFilters {
  team?: string;
  salesperson?: string;
}

export interface PipelineStageTotals {
  stage: PipelineStage;
  phase: PipelinePhase;
  count: number;
  /** Sum of the prospects' expected deal values, per currency (minor units). */
  expectedDealValue: Money[];
}

export interface TeamPipeline {
  team: string;
  /** Set when the pipeline counts one salesperson's prospects only. */
  salespersonId?: string;
  stages: PipelineStageTotals[];
  /** Everything not closed (screening, application and development phases). */
  open: { count: number; expectedDealValue: Money[] };
}

export interface DevelopmentPipeline {
  teams: TeamPipeline[];
}

export class GetDevelopmentPipelineQuery extends Query<Fresh<DevelopmentPipeline>> {
  constructor(
    readonly actor: Actor,
    readonly filters: PipelineFilters,
    readonly options: ReadOptions,
  ) {
    super();
  }
}

function sumByCurrency(values: readonly (Money | null)[]): Money[] {
  const sums = new Map<string, number>();
  for (const v of values) if (v) sums.set(v.currency, (sums.get(v.currency) ?? 0) + v.amount);
  return [...sums].sort(([a], [b]) => a.localeCompare(b)).map(([currency, amount]) => ({ currency, amount }));
}

export function teamPipeline(team: string, entries: readonly PipelineEntry[], salespersonId?: string): TeamPipeline {
  const stages = PIPELINE_STAGES.map((stage): PipelineStageTotals => {
    const inStage = entries.filter((e) => e.stage === stage);
    return { stage, phase: PIPELINE_PHASE[stage], count: inStage.length, expectedDealValue: sumByCurrency(inStage.map((e) => e.expectedDealValue)) };
  });
  const open = entries.filter((e) => PIPELINE_PHASE[e.stage] !== 'closed');
  return {
    team,
    ...(salespersonId !== undefined ? { salespersonId } : {}),
    stages,
    open: { count: open.length, expectedDealValue: sumByCurrency(open.map((e) => e.expectedDealValue)) },
  };
}

/** Per team: prospects and expected deal value per stage of the pipeline. */
@QueryHandler(GetDevelopmentPipelineQuery)
export class GetDevelopmentPipelineHandler implements IQueryHandler<GetDevelopmentPipelineQuery> {
  constructor(
    private readonly store: ReadStore,
    private readonly runner: ProjectionRunner,
  ) {}

  execute({ actor, filters, options }: GetDevelopmentPipelineQuery) {
    const scope = readScope(actor, filters, 'prospects');
    return fresh(this.runner, 'development-pipeline', options, async (collection) => {
      const docs =
        scope.teams === 'all'
          ? await allForTeams<DevelopmentPipelineDocument>(this.store, collection, 'all', {})
          : await this.store.getMany<DevelopmentPipelineDocument>(collection, scope.teams);
      const byTeam = new Map(docs.map((d) => [d.team, d]));
      const teams = scope.teams === 'all' ? [...byTeam.keys()] : [...scope.teams];
      return {
        teams: teams.sort().map((team) => {
          const entries = Object.values(byTeam.get(team)?.prospects ?? {});
          const mine = scope.salespersonId === undefined ? entries : entries.filter((e) => e.salespersonId === scope.salespersonId);
          return teamPipeline(team, mine, scope.salespersonId);
        }),
      };
    });
  }
}

export interface OverdueReportFilters extends Paging {
  team?: string;
  salesperson?: string;
  /** Overdue after this many days without a report. */
  days: number;
  /** YYYY-MM-DD. */
  asOf: string;
}

export type OverdueReport = Omit<ReportScheduleDocument, 'lastActivityOn' | 'inDevelopment'> & {
  /** The last report's filing day, or the development start when none was filed. */
  lastActivityOn: string;
  daysSinceLastReport: number;
  /** The first day without a report in the last `days` days. */
  overdueSince: string;
};

export interface OverdueReportsPage extends Page<OverdueReport> {
  asOf: string;
  days: number;
}

export class ListOverdueDevelopmentReportsQuery extends Query<Fresh<OverdueReportsPage>> {
  constructor(
    readonly actor: Actor,
    readonly filters: OverdueReportFilters,
    readonly options: ReadOptions,
  ) {
    super();
  }
}

const DAY_MS = 86_400_000;
export const addDays = (date: string, days: number): string => new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
export const daysBetween = (from: string, to: string): number => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);

/**
 * Prospects in development with no report in the last `days` days up to asOf: measured from the
 * last report's filing day, or from the development start, overdue when asOf is `days` or more
 * days after it. Longest silence first.
 */
@QueryHandler(ListOverdueDevelopmentReportsQuery)
export class ListOverdueDevelopmentReportsHandler implements IQueryHandler<ListOverdueDevelopmentReportsQuery> {
  constructor(
    private readonly store: ReadStore,
    private readonly runner: ProjectionRunner,
  ) {}

  execute({ actor, filters, options }: ListOverdueDevelopmentReportsQuery) {
    const scope = readScope(actor, filters, 'prospects');
    const { days, asOf } = filters;
    const where = definedOnly({ inDevelopment: true, salespersonId: scope.salespersonId });
    return fresh(this.runner, 'development-report-schedule', options, async (collection) => {
      const page = await pageForTeams<ReportScheduleDocument>(
        this.store,
        collection,
        scope.teams,
        {
          where,
          range: { lastActivityOn: { lte: addDays(asOf, -days) } },
          sort: { field: 'lastActivityOn', direction: 'asc' },
          limit: filters.limit ?? DEFAULT_LIMIT,
        },
        filters.cursor,
      );
      const items = page.items.map(({ inDevelopment: _d, lastActivityOn, ...rest }): OverdueReport => ({
        ...rest,
        lastActivityOn: lastActivityOn!,
        daysSinceLastReport: daysBetween(lastActivityOn!, asOf),
        overdueSince: addDays(lastActivityOn!, days),
      }));
      return { asOf, days, items, nextCursor: page.nextCursor };
    });
  }
}

export interface ConversionFilters extends Paging {
  team?: string;
  salesperson?: string;
  status?: string;
  /** convertedOn from (inclusive), YYYY-MM-DD. */
  from?: string;
  /** convertedOn to (inclusive), YYYY-MM-DD. */
  to?: string;
}

export class ListConversionsQuery extends Query<Fresh<Page<ConversionDocument>>> {
  constructor(
    readonly actor: Actor,
    readonly filters: ConversionFilters,
    readonly options: ReadOptions,
  ) {
    super();
  }
}

/** The conversion ledger, latest conversion first: which plan counts each new customer, or why none does. */
@QueryHandler(ListConversionsQuery)
export class ListConversionsHandler implements IQueryHandler<ListConversionsQuery> {
  constructor(
    private readonly store: ReadStore,
    private readonly runner: ProjectionRunner,
  ) {}

  execute({ actor, filters, options }: ListConversionsQuery) {
    requireOrderedRange(filters.from, filters.to);
    const scope = readScope(actor, filters, 'prospects');
    const where = definedOnly({ status: filters.status, salespersonId: scope.salespersonId });
    const convertedOn = dateRange(filters.from, filters.to);
    return fresh(this.runner, 'conversion-ledger', options, (collection) =>
      pageForTeams<ConversionDocument>(
        this.store,
        collection,
        scope.teams,
        { where, ...(convertedOn ? { range: { convertedOn } } : {}), sort: { field: 'convertedOn', direction: 'desc' }, limit: filters.limit ?? DEFAULT_LIMIT },
        filters.cursor,
      ),
    );
  }
}

export const DEVELOPMENT_READ_MODEL_QUERY_HANDLERS = [
  ListProspectsHandler,
  ListCreditChecksHandler,
  GetDevelopmentPipelineHandler,
  ListOverdueDevelopmentReportsHandler,
  ListConversionsHandler,
];
