import type { Projection } from '#app/read-store';
import type { Handles } from '#app/shared-kernel';
import type { ProspectEvent } from '../prospect/prospect.events.js';
import { conversionLedgerProjection } from './conversion-ledger/conversion-ledger.projection.js';
import { ListConversionsHandler } from './conversion-ledger/conversion-ledger.queries.js';
import { creditCheckRegisterProjection } from './credit-check-register/credit-check-register.projection.js';
import { ListCreditChecksHandler } from './credit-check-register/credit-check-register.queries.js';
import { developmentPipelineProjection } from './development-pipeline/development-pipeline.projection.js';
import { GetDevelopmentPipelineHandler } from './development-pipeline/development-pipeline.queries.js';
import { prospectListProjection } from './prospect-list/prospect-list.projection.js';
import { ListProspectsHandler } from './prospect-list/prospect-list.queries.js';
import { developmentReportsProjection } from './development-reports/development-reports.projection.js';
import { GetDevelopmentReportsHandler } from './development-reports/development-reports.queries.js';
import { reportScheduleProjection } from './report-schedule/report-schedule.projection.js';
import { ListOverdueDevelopmentReportsHandler } from './report-schedule/report-schedule.queries.js';

/** Every read model of customer development, each saying what it does with every event type of the streams it reads. */
export const DEVELOPMENT_PROJECTIONS = [
  prospectListProjection,
  creditCheckRegisterProjection,
  developmentPipelineProjection,
  reportScheduleProjection,
  conversionLedgerProjection,
  developmentReportsProjection,
] as unknown as readonly (Projection & Handles<ProspectEvent>)[];

export const DEVELOPMENT_READ_MODEL_QUERY_HANDLERS = [
  ListProspectsHandler,
  ListCreditChecksHandler,
  GetDevelopmentPipelineHandler,
  ListOverdueDevelopmentReportsHandler,
  ListConversionsHandler,
  GetDevelopmentReportsHandler,
];
