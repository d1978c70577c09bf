import { ForbiddenError, type Command, type Decider } from '#app/eventsourcing';
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
    if (context.actor.id !== 'system') {
      throw new ForbiddenError('AUTH.SYSTEM_ONLY', 'Unattributed conversions are recorded only by the conversion process');
    }
    if (state.unattributed) return [];
    return [{ type: 'ConversionLeftUnattributed', data }];
  },
};
