import { deterministicUuid, type Event } from '#app/eventsourcing';
import { eventTypesOf, type DecisionTable } from '#app/shared-kernel';

/** The persisted contract of the prospect-key reservation streams. A shape here is never edited: add `<Type>.v2` and an upcaster. */

export type ProspectKeyKind = 'name' | 'registration_number';

/** A normalised name or registration number, unique within a team's potential customer list. */
export interface ProspectKey {
  team: string;
  kind: ProspectKeyKind;
  key: string;
}

/** The key now belongs to prospectId; the last event of the stream is the current holder. */
export type ProspectKeyReserved = Event<
  'ProspectKeyReserved',
  ProspectKey & { prospectId: string; reservedAt: string; previousProspectId?: string }
>;

export type ProspectKeyEvent = ProspectKeyReserved;

/** Every event type of the key reservation streams; none is a decision an auditor explains. */
export const PROSPECT_KEY_DECISIONS = { ProspectKeyReserved: null } as const satisfies DecisionTable<ProspectKeyEvent['type']>;

export const PROSPECT_KEY_EVENT_TYPES: readonly ProspectKeyEvent['type'][] = eventTypesOf<ProspectKeyEvent['type']>(PROSPECT_KEY_DECISIONS);

export const prospectKeyStream = ({ team, kind, key }: ProspectKey): string =>
  `prospectkey-${deterministicUuid(`prospectkey:${team}:${kind}:${key}`)}`;
