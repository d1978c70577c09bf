import type { Command, Decider } from '#app/eventsourcing';
import { requireSystem } from '#app/shared-kernel';
import type { ConversionEvent, ConversionLeftUnattributed } from './conversion-attribution.events.js';

/** Issued by the conversion process (actor `system`) when no executing plan took a conversion. */
export type RecordUnattributedConversion = Command<'RecordUnattributedConversion', ConversionLeftUnattributed['data']>;

export interface ConversionAttributionState {
  unattributed: boolean;
}

/** A prospect converts once, so its conversion is left unattributed at most once. */
export const conversionAttributionDecider: Decider<RecordUnattributedConversion, ConversionAttributionState, ConversionEvent> = {
  initialState: () => ({ unattributed: false }),
  evolve: (state, event) => (event.type === 'ConversionLeftUnattributed' ? { unattributed: true } : state),
  decide({ data, context }, state) {
    requireSystem(context.actor, 'Unattributed conversions are recorded only by the conversion process');
    if (state.unattributed) return [];
    return [{ type: 'ConversionLeftUnattributed', data }];
  },
};
