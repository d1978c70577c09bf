import type { Projection } from '#app/read-store';
import { conversionLedgerProjection } from './conversion-ledger.projection.js';
import { creditCheckRegisterProjection } from './credit-check-register.projection.js';
import { developmentPipelineProjection } from './development-pipeline.projection.js';
import { prospectListProjection } from './prospect-list.projection.js';
import { reportScheduleProjection } from './report-schedule.projection.js';

export const DEVELOPMENT_PROJECTIONS = [
  prospectListProjection,
  creditCheckRegisterProjection,
  developmentPipelineProjection,
  reportScheduleProjection,
  conversionLedgerProjection,
] as unknown as readonly Projection[];
