import type { Projection } from '#app/read-store';
import type { Handles } from '#app/shared-kernel';
import type { PlanEvent } from '../plan/plan.events.js';
import { decisionLogProjection } from './decision-log/decision-log.projection.js';
import { ListDecisionsHandler } from './decision-log/decision-log.queries.js';
import { followUpSheetProjection } from './follow-up-sheet/follow-up-sheet.projection.js';
import { GetFollowUpSheetHandler } from './follow-up-sheet/follow-up-sheet.queries.js';
import { plansListProjection } from './plans-list/plans-list.projection.js';
import { GetApprovalQueueHandler, ListPlansHandler } from './plans-list/plans-list.queries.js';
import { rolloverLedgerProjection } from './rollover-ledger/rollover-ledger.projection.js';
import { GetRolloverLedgerHandler } from './rollover-ledger/rollover-ledger.queries.js';
import { trackingSheetProjection } from './tracking-sheet/tracking-sheet.projection.js';
import { GetTargetTrackingSheetHandler } from './tracking-sheet/tracking-sheet.queries.js';

/** Every read model of sales planning, each saying what it does with every plan event type. */
export const PLANNING_PROJECTIONS = [trackingSheetProjection, followUpSheetProjection, plansListProjection, rolloverLedgerProjection, decisionLogProjection] as unknown as readonly (Projection &
  Handles<PlanEvent>)[];

export const READ_MODEL_QUERY_HANDLERS = [ListPlansHandler, GetApprovalQueueHandler, GetTargetTrackingSheetHandler, GetFollowUpSheetHandler, GetRolloverLedgerHandler, ListDecisionsHandler];
