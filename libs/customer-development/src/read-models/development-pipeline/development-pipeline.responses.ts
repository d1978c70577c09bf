import type { Money } from '#app/shared-kernel';
import type { PipelinePhase, PipelineStage } from './development-pipeline.projection.js';

export interface PipelineStageTotals {
  stage: PipelineStage;
  phase: PipelinePhase;
  count: number;
  /** Sum of the prospects' expected deal values, per currency (minor units). */
  expectedDealValue: Money[];
}

export interface PipelineOpenTotals {
  count: number;
  expectedDealValue: Money[];
}

export interface TeamPipeline {
  team: string;
  /** Set when the pipeline counts one salesperson's prospects only. */
  salespersonId?: string;
  stages: PipelineStageTotals[];
  /** Everything not closed (screening, application and development phases). */
  open: PipelineOpenTotals;
}

/** GetDevelopmentPipeline. */
export interface DevelopmentPipeline {
  teams: TeamPipeline[];
}
