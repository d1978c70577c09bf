import { IllegalStateError } from '#app/eventsourcing';
import { MasterKey, newSubjectKey } from '../crypto/master-key.js';
import type { PersonalDataAccessLog } from '../access/personal-data-access-log.port.js';
import type { DestroyOutcome, StoredSubjectKey, SubjectKeyStore } from './subject-key-store.port.js';

/** A subject's key for reading: the key, or why there is none. */
export type ReadableKey = Buffer | 'erased' | 'unreadable';

export type SubjectStatus = { status: 'active'; createdAt: string } | { status: 'erased'; createdAt: string; erasedAt: string } | { status: 'unknown' };

/** The configured master key does not open this key store; the sentence says what to do. */
export class MasterKeyMismatchError extends Error {}

export const SUBJECT_ERASED = 'PERSONAL_DATA.SUBJECT_ERASED';

const UNWRAPPED_CACHE_SIZE = 10_000;

/**
 * Envelope encryption over a key store: subject keys are created on first use and wrapped by the
 * master key. Every call asks the key store, so an erasure in any process takes effect in every
 * other at once; only the unwrapping of a wrapped key already seen is remembered (a key the store
 * no longer returns is never used). The access log travels with it for the readers.
 */
export class PersonalDataVault {
  private readonly unwrapped = new Map<string, Buffer>();
  /** The same answer by record, for stores that hand out the record they found again while it holds. */
  private readonly unwrappedRecords = new WeakMap<StoredSubjectKey, Buffer>();

  constructor(
    readonly keys: SubjectKeyStore,
    readonly accessLog: PersonalDataAccessLog,
    private readonly master: MasterKey,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  get masterKeyId(): string {
    return this.master.id;
  }

  /**
   * The keys to encrypt the subjects' data with, created for new subjects. An erased subject is
   * refused (409 PERSONAL_DATA.SUBJECT_ERASED), or with `shred` (a migration of clear data written
   * before the erasure) gets a random key kept nowhere, so the data is encrypted and unreadable at once.
   */
  async keysForWriting(subjectIds: Iterable<string>, erased: 'refuse' | 'shred' = 'refuse'): Promise<Map<string, Buffer>> {
    const wanted = [...new Set(subjectIds)];
    if (wanted.length === 0) return new Map();
    let stored = await this.keys.find(wanted);
    const missing = wanted.filter((id) => !stored.has(id));
    if (missing.length > 0) {
      const createdAt = this.clock().toISOString();
      const created = await this.keys.addMissing(missing.map((subjectId): StoredSubjectKey => ({ subjectId, wrappedKey: this.master.wrap(subjectId, newSubjectKey()), masterKeyId: this.master.id, createdAt, erasedAt: null })));
      stored = new Map([...stored, ...created]);
    }
    const keys = new Map<string, Buffer>();
    for (const subjectId of wanted) {
      const key = this.unwrap(stored.get(subjectId));
      if (key === 'erased' && erased === 'shred') {
        keys.set(subjectId, newSubjectKey());
        continue;
      }
      if (key === 'erased') {
        throw new IllegalStateError(SUBJECT_ERASED, `The data subject ${subjectId} was erased; no personal data about them can be recorded any more`, { subjectId });
      }
      if (key === 'unreadable') throw new Error(`The key of data subject ${subjectId} does not unwrap with the master key`);
      keys.set(subjectId, key);
    }
    return keys;
  }

  /** The keys to decrypt the subjects' data with: unknown subjects and keys that do not unwrap are `unreadable`. */
  async keysForReading(subjectIds: Iterable<string>): Promise<Map<string, ReadableKey>> {
    const wanted = [...new Set(subjectIds)];
    if (wanted.length === 0) return new Map();
    const stored = await this.keys.find(wanted);
    return new Map(wanted.map((subjectId) => [subjectId, this.unwrap(stored.get(subjectId))]));
  }

  async status(subjectId: string): Promise<SubjectStatus> {
    const stored = (await this.keys.find([subjectId])).get(subjectId);
    if (!stored) return { status: 'unknown' };
    return stored.erasedAt === null ? { status: 'active', createdAt: stored.createdAt } : { status: 'erased', createdAt: stored.createdAt, erasedAt: stored.erasedAt };
  }

  /** Destroys the subject's key: every copy of their encrypted fields becomes unreadable for good. */
  erase(subjectId: string): Promise<DestroyOutcome> {
    return this.keys.destroy(subjectId, this.clock().toISOString());
  }

  /**
   * Start-up check: the key store belongs to this master key. A new store is marked with it; a
   * store marked with another, or in the middle of a rotation, is refused with one sentence.
   */
  async checkMasterKey(): Promise<void> {
    const state = await this.keys.masterKeyState();
    if (state === null) return this.keys.setMasterKeyState({ current: this.master.id });
    if (state.rotatingTo !== undefined) {
      throw new MasterKeyMismatchError(
        `a rotation of PII_MASTER_KEY from key ${state.current} to key ${state.rotatingTo} is unfinished; run \`salesflow personal-data rotate-master-key\` again with both keys`,
      );
    }
    if (state.current !== this.master.id) {
      throw new MasterKeyMismatchError(`PII_MASTER_KEY (key id ${this.master.id}) is not the master key of the key store (key id ${state.current}); give the key the store was created with`);
    }
  }

  async close(): Promise<void> {
    await Promise.all([this.keys.close(), this.accessLog.close()]);
  }

  private unwrap(stored: StoredSubjectKey | undefined): ReadableKey {
    if (!stored) return 'unreadable';
    if (stored.erasedAt !== null || stored.wrappedKey === null) return 'erased';
    if (stored.masterKeyId !== this.master.id) return 'unreadable';
    const known = this.unwrappedRecords.get(stored);
    if (known) return known;
    const seen = `${stored.subjectId}\n${Buffer.from(stored.wrappedKey).toString('base64')}`;
    const cached = this.unwrapped.get(seen);
    if (cached) {
      this.unwrappedRecords.set(stored, cached);
      return cached;
    }
    try {
      const key = this.master.unwrap(stored.subjectId, stored.wrappedKey);
      if (this.unwrapped.size >= UNWRAPPED_CACHE_SIZE) this.unwrapped.delete(this.unwrapped.keys().next().value!);
      this.unwrapped.set(seen, key);
      this.unwrappedRecords.set(stored, key);
      return key;
    } catch {
      return 'unreadable';
    }
  }
}

export interface RotationProgress {
  rewrapped: number;
}

/**
 * Re-wraps every live subject key from one master key to another, in batches, without touching an
 * event. Resumable: the store records the rotation first, keys already moved are skipped, and only
 * when none is left does the new key become the store's.
 */
export async function rotateMasterKey(keys: SubjectKeyStore, from: MasterKey, to: MasterKey, onProgress: (progress: RotationProgress) => void = () => undefined, batchSize = 500): Promise<RotationProgress> {
  if (from.id === to.id) throw new MasterKeyMismatchError('the new master key is the current one');
  const state = await keys.masterKeyState();
  const resuming = state?.current === from.id && state.rotatingTo === to.id;
  if (!resuming && state !== null && (state.current !== from.id || state.rotatingTo !== undefined)) {
    throw new MasterKeyMismatchError(
      state.rotatingTo !== undefined
        ? `the key store is being rotated from key ${state.current} to key ${state.rotatingTo}; give those two keys`
        : `PII_MASTER_KEY (key id ${from.id}) is not the master key of the key store (key id ${state.current})`,
    );
  }
  await keys.setMasterKeyState({ current: from.id, rotatingTo: to.id });
  const progress: RotationProgress = { rewrapped: 0 };
  for (;;) {
    const batch = await keys.wrappedByOther(to.id, batchSize);
    if (batch.length === 0) break;
    for (const stored of batch) {
      if (stored.masterKeyId !== from.id || stored.wrappedKey === null) {
        throw new MasterKeyMismatchError(`the key of ${stored.subjectId} is wrapped by key ${stored.masterKeyId ?? 'none'}, neither the old nor the new master key`);
      }
      await keys.rewrap(stored.subjectId, from.id, to.wrap(stored.subjectId, from.unwrap(stored.subjectId, stored.wrappedKey)), to.id);
      progress.rewrapped++;
    }
    onProgress(progress);
    await new Promise((resolve) => setImmediate(resolve));
  }
  await keys.setMasterKeyState({ current: to.id });
  return progress;
}
