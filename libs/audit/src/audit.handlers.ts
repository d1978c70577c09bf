import { ExplainDecisionHandler } from './explanation/decision-explanation.query.js';
import { ExportDecisionsHandler, ExportRolloversHandler } from './exports/export.queries.js';
import { GetPlanAsOfHandler, GetTargetTrackingSheetAsOfHandler } from './time-travel/plan-as-of.queries.js';
import { GetProspectAsOfHandler } from './time-travel/prospect-as-of.query.js';
import { GetAuditVerificationHandler, SealAuditTrailHandler, StartAuditVerificationHandler, VerifyAuditTrailHandler } from './trail/audit-trail.commands.js';
import { GetStreamHistoryHandler } from './trail/stream-history.query.js';

export const AUDIT_HANDLERS = [
  GetStreamHistoryHandler,
  GetPlanAsOfHandler,
  GetTargetTrackingSheetAsOfHandler,
  GetProspectAsOfHandler,
  ExplainDecisionHandler,
  VerifyAuditTrailHandler,
  StartAuditVerificationHandler,
  GetAuditVerificationHandler,
  SealAuditTrailHandler,
  ExportDecisionsHandler,
  ExportRolloversHandler,
];
