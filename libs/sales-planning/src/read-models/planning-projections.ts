import type { Projection } from '#app/read-store';
import { decisionLogProjection } from './decision-log.projection.js';
import { followUpSheetProjection } from './follow-up-sheet.projection.js';
import { plansListProjection } from './plans-list.projection.js';
import { rolloverLedgerProjection } from './rollover-ledger.projection.js';
import { trackingSheetProjection } from './tracking-sheet.projection.js';

export const PLANNING_PROJECTIONS = [
  trackingSheetProjection,
  followUpSheetProjection,
  plansListProjection,
  rolloverLedgerProjection,
  decisionLogProjection,
] as unknown as readonly Projection[];
