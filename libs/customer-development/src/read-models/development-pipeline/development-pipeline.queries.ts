import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { UnprocessableError, type Actor } from '#app/eventsourcing';
import { ProjectionRunner, ReadStore, type QueryShapes } from '#app/read-store';
import { allForTeams, fresh, readScope, type Fresh, type Money, type ReadOptions } from '#app/shared-kernel';
import { DEVELOPMENT_PIPELINE, PIPELINE_PHASE, PIPELINE_STAGES, type DevelopmentPipelineDocument, type PipelineEntry } from './development-pipeline.projection.js';
import type { DevelopmentPipeline, PipelineStageTotals, TeamPipeline } from './development-pipeline.responses.js';

/** The query below as the read store sees it (see QueryShape): a team's document by its id, every team's in id order. */
export const DEVELOPMENT_PIPELINE_QUERIES: QueryShapes = {
  everyTeam: { equal: [], sort: 'id' },
};

export interface PipelineFilters {
  team?: string;
  salesperson?: string;
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

/**
 * Decision 10: summed exactly; a total past the exact range of a JSON number (2^53 − 1 minor units,
 * over nine prospects at the largest deal value a command may carry) is refused, never rounded.
 */
function sumByCurrency(values: readonly (Money | null)[]): Money[] {
  const sums = new Map<string, bigint>();
  for (const v of values) if (v) sums.set(v.currency, (sums.get(v.currency) ?? 0n) + BigInt(v.amount));
  return [...sums].sort(([a], [b]) => a.localeCompare(b)).map(([currency, amount]) => {
    if (amount > BigInt(Number.MAX_SAFE_INTEGER)) {
      throw new UnprocessableError('PIPELINE.TOTAL_OUT_OF_RANGE', `An expected deal value total in ${currency} exceeds ${Number.MAX_SAFE_INTEGER} minor units and cannot be answered exactly; ask for one salesperson at a time`, { currency });
    }
    return { currency, amount: Number(amount) };
  });
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
    return fresh(this.runner, DEVELOPMENT_PIPELINE, options, async (collection) => {
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
