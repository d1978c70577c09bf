export { requireAuditor, requireExporter } from './audit-access.js';
export { AUDIT_HANDLERS } from './audit.handlers.js';
export { type AsOf, type AsOfCut, type AsOfPoint, asOfPoint, cutAsOf, streamAsOf } from './time-travel/as-of.js';
export { type PlanAsOf, type TrackingSheetAsOf, GetPlanAsOfHandler, GetPlanAsOfQuery, GetTargetTrackingSheetAsOfHandler, GetTargetTrackingSheetAsOfQuery } from './time-travel/plan-as-of.queries.js';
export { type ProspectAsOf, GetProspectAsOfHandler, GetProspectAsOfQuery } from './time-travel/prospect-as-of.query.js';
export { type AuditEventDocument, AUDIT_EVENT_INDEX, auditEventIndexProjection } from './explanation/audit-event-index.projection.js';
export { AUDITED_EVENT_TYPES, AUDITED_STREAMS, PERSONAL_DATA_BY_STREAM, PERSONAL_DATA_TABLES } from './explanation/audited-streams.js';
export {
  type CorrelatedEvent,
  type DecisionExplainer,
  type DecisionExplanation,
  type DecisionRef,
  DecisionExplainers,
  ExplainDecisionHandler,
  ExplainDecisionQuery,
} from './explanation/decision-explanation.query.js';
export { decisionExplainers, planDecisionExplainer, prospectDecisionExplainer } from './explanation/decision-explainers.js';
export { type Cell, type ExportColumn, type ExportFile, type ExportFormat, CONTENT_TYPES, EXPORT_FORMATS, csvLine, exportLines } from './exports/export-format.js';
export {
  type DecisionExportRequest,
  type ExportPersonalData,
  type PageReveal,
  type RolloverExportRequest,
  type RolloverRow,
  DECISION_COLUMNS,
  ExportDecisionsHandler,
  ExportDecisionsQuery,
  ExportRolloversHandler,
  ExportRolloversQuery,
  ROLLOVER_COLUMNS,
  decisionExport,
  periodsBetween,
  readPages,
  rolloverExport,
} from './exports/export.queries.js';
export {
  GetAuditVerificationHandler,
  GetAuditVerificationQuery,
  SealAuditTrailCommand,
  SealAuditTrailHandler,
  StartAuditVerificationCommand,
  StartAuditVerificationHandler,
  VerifyAuditTrailHandler,
  VerifyAuditTrailQuery,
} from './trail/audit-trail.commands.js';
export { type StreamHistoryPage, GetStreamHistoryHandler, GetStreamHistoryQuery } from './trail/stream-history.query.js';
