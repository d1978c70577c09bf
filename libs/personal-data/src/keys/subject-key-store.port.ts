/** A data subject's key as the key store keeps it: wrapped by the master key, until erased. */
export interface StoredSubjectKey {
  subjectId: string;
  /** The subject's AES-256 key wrapped by the master key; null once the subject is erased. */
  wrappedKey: Uint8Array | null;
  /** The id of the master key that wrapped it; null once erased. */
  masterKeyId: string | null;
  createdAt: string;
  erasedAt: string | null;
}

/** Which master key the store's keys are wrapped by, and the one a rotation is moving them to. */
export interface MasterKeyState {
  current: string;
  rotatingTo?: string;
}

export type DestroyOutcome = 'destroyed' | 'already_erased' | 'unknown';

/**
 * Where the data subjects' keys live, apart from the events they encrypt. Erasing a subject
 * destroys their key bytes for good (the record that they were erased stays), which makes every
 * copy of their encrypted fields, in the log, the read models and any backup, unreadable.
 *
 * Adapters: SQLite (embedded default, its own file) and MongoDB. A store that cannot be reached
 * throws ServiceUnavailableError (PERSONAL_DATA.KEY_STORE_UNAVAILABLE).
 *
 * Used directly as the DI token.
 */
export abstract class SubjectKeyStore {
  /** The records of those of the subjects the store knows (live or erased). */
  abstract find(subjectIds: readonly string[]): Promise<Map<string, StoredSubjectKey>>;

  /** Stores the keys of subjects that have no record yet and answers every given subject's record as stored (a concurrent writer's key wins). */
  abstract addMissing(keys: readonly StoredSubjectKey[]): Promise<Map<string, StoredSubjectKey>>;

  /** Deletes the subject's key bytes beyond recovery and records when; an erased or unknown subject is left as it is. */
  abstract destroy(subjectId: string, erasedAt: string): Promise<DestroyOutcome>;

  /** Up to `limit` live keys wrapped by a master key other than `masterKeyId`, in subject order. */
  abstract wrappedByOther(masterKeyId: string, limit: number): Promise<StoredSubjectKey[]>;

  /** Replaces a live key's wrapping if it is still wrapped by `fromMasterKeyId`; false otherwise. */
  abstract rewrap(subjectId: string, fromMasterKeyId: string, wrappedKey: Uint8Array, toMasterKeyId: string): Promise<boolean>;

  abstract masterKeyState(): Promise<MasterKeyState | null>;

  abstract setMasterKeyState(state: MasterKeyState): Promise<void>;

  abstract ping(): Promise<void>;

  abstract close(): Promise<void>;
}
