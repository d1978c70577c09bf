import { deterministicUuid, type Event } from '#app/eventsourcing';
import { NOT_PERSONAL as N, eventTypesOf, type DecisionTable, type PersonalDataTable, type SubjectKind } from '#app/shared-kernel';

/** The persisted contract of the data-subject streams. A shape here is never edited: add `<Type>.v2` and an upcaster. */

/** The subject's key was destroyed: their personal data in every event, read model and backup is unreadable from now on. */
export type DataSubjectErased = Event<
  'DataSubjectErased',
  {
    subjectId: string;
    kind: SubjectKind;
    /** Why the data may (must) be erased, e.g. "PIPL Art. 47: request of 2027-03-02" or "GDPR Art. 17(1)(a)". */
    legalBasis: string;
    erasedBy: string;
    erasedAt: string;
  }
>;

/**
 * The personal fields of events written before encryption were encrypted in place (a one-off
 * migration): every stream re-chained over the new stored form and every seal recomputed, so the
 * latest seal hash changed from `previousSealHash` to `sealHash` (an auditor who recorded the old
 * one outside the system finds the link here).
 */
export type ExistingPersonalDataEncrypted = Event<
  'ExistingPersonalDataEncrypted',
  {
    encryptedEvents: number;
    rewrittenEvents: number;
    resealed: number;
    previousSealHash: string | null;
    sealHash: string | null;
    encryptedBy: string;
    encryptedAt: string;
  }
>;

export type DataSubjectEvent = DataSubjectErased | ExistingPersonalDataEncrypted;

/** Every event type of the personal-data streams; none is a decision an auditor explains. */
export const DATA_SUBJECT_DECISIONS = { DataSubjectErased: null, ExistingPersonalDataEncrypted: null } as const satisfies DecisionTable<DataSubjectEvent['type']>;

export const DATA_SUBJECT_EVENT_TYPES: readonly DataSubjectEvent['type'][] = eventTypesOf<DataSubjectEvent['type']>(DATA_SUBJECT_DECISIONS);

/** An erasure names the subject by id only. */
export const DATA_SUBJECT_PERSONAL_DATA = {
  DataSubjectErased: { subjectId: N, legalBasis: N, erasedBy: N, erasedAt: N },
  ExistingPersonalDataEncrypted: { previousSealHash: N, sealHash: N, encryptedBy: N, encryptedAt: N },
} as const satisfies PersonalDataTable<DataSubjectEvent>;

/** One stream per data subject, `personaldata-<uuid derived from the subject id>` (the id itself is in each event). */
export const dataSubjectStream = (subjectId: string): string => `personaldata-${deterministicUuid(`personaldata:${subjectId}`)}`;

/** The stream of the one-off migrations that encrypted events written before encryption. */
export const PERSONAL_DATA_MIGRATION_STREAM = 'personaldata-migrations';
