import type { Upcaster } from '#app/eventsourcing';
import { teamSummarySubmittedV1ToV2 } from './team-summary-submitted.v2.js';

/** Every upcaster of the plan stream; the event store applies them on read (see UpcastingEventStore). */
export const PLANNING_UPCASTERS: readonly Upcaster[] = [teamSummarySubmittedV1ToV2];
