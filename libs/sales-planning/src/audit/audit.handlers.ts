import { SealAuditTrailHandler, VerifyAuditTrailHandler } from './audit-trail.commands.js';
import { ExplainDecisionHandler } from './decision-explanation.query.js';
import { ExportDecisionsHandler, ExportRolloversHandler } from './export.queries.js';
import { GetPlanAsOfHandler, GetTargetTrackingSheetAsOfHandler } from './plan-as-of.queries.js';
import { GetStreamHistoryHandler } from './stream-history.query.js';

export const PLANNING_AUDIT_HANDLERS = [
  GetStreamHistoryHandler,
  GetPlanAsOfHandler,
  GetTargetTrackingSheetAsOfHandler,
  ExplainDecisionHandler,
  VerifyAuditTrailHandler,
  SealAuditTrailHandler,
  ExportDecisionsHandler,
  ExportRolloversHandler,
];
