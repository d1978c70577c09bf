import type { Actor } from '#app/eventsourcing';
import { findDecorator, type EventStore } from '#app/event-store';
import { ERASED, MASKED, UNREADABLE, canSeePersonalData } from '#app/shared-kernel';
import type { PersonalDataAccess } from '../access/personal-data-access-log.port.js';
import { accessLogUnavailable } from '../keys/key-store-errors.js';
import { decryptField, tokenSubject } from '../crypto/personal-token.js';
import { replaceTokens, tokensIn } from '../crypto/token-walk.js';
import type { PersonalDataVault } from '../keys/personal-data-vault.js';
import { PersonalDataEventStore } from '../personal-data-event-store.js';

/** Who reads, through which operation, and whether they asked for the clear text (exports ask; other reads do by default). */
export interface Viewer {
  actor: Pick<Actor, 'id' | 'roles'> | null;
  route: string;
  /** False asks for masked data even from a reader allowed to see it in clear. */
  wantsClearText?: boolean;
}

/**
 * The read side of personal data, the one place it is decrypted: every personal token in an
 * answer becomes the clear text for a viewer allowed to see it (canSeePersonalData), `[masked]`
 * for others, `[erased]` once the subject's key is destroyed, `[unreadable]` when the ciphertext
 * or the key was altered. Each subject whose data is shown in clear is written to the access log
 * first; when that fails, nothing is shown (503).
 */
export class PersonalDataReader {
  /** Without a vault (a store that encrypts nothing) any token found reads as unreadable. */
  constructor(
    private readonly vault: PersonalDataVault | null,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /** The reader of the store's personal-data layer (a reader without a vault when it has none). */
  static of(store: EventStore): PersonalDataReader {
    return new PersonalDataReader(findDecorator(store, PersonalDataEventStore)?.vault ?? null);
  }

  async reveal<T>(value: T, viewer: Viewer): Promise<T> {
    const found = tokensIn(value);
    if (found.length === 0) return value;
    const subjects = new Set(found.flatMap((f) => (f.subjectId === null ? [] : [f.subjectId])));
    const keys = this.vault ? await this.vault.keysForReading(subjects) : new Map<string, 'unreadable'>();
    const clear = viewer.actor !== null && viewer.wantsClearText !== false && canSeePersonalData(viewer.actor);
    const read = new Set<string>();
    const shown = replaceTokens(value, (token) => {
      const subjectId = tokenSubject(token);
      const key = subjectId === null ? 'unreadable' : keys.get(subjectId);
      if (key === 'erased') return ERASED;
      if (key === undefined || key === 'unreadable') return UNREADABLE;
      if (!clear) return MASKED;
      const plain = decryptField(token, key);
      if (plain === null) return UNREADABLE;
      read.add(subjectId!);
      return plain;
    });
    if (read.size > 0) await this.record(viewer, read);
    return shown;
  }

  private async record(viewer: Viewer, subjects: ReadonlySet<string>): Promise<void> {
    const at = this.clock().toISOString();
    const entries: PersonalDataAccess[] = [...subjects].map((subjectId) => ({ at, actorId: viewer.actor!.id, actorRoles: [...viewer.actor!.roles], route: viewer.route, subjectId }));
    try {
      await this.vault!.accessLog.record(entries);
    } catch (error) {
      throw accessLogUnavailable(error);
    }
  }
}
