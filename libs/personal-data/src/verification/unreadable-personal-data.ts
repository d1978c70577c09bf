import type { RecordedEvent } from '#app/eventsourcing';
import { findDecorator, verifyAuditTrail, type AuditTrailReport, type EventStore, type VerifyOptions } from '#app/event-store';
import { decryptField } from '../crypto/personal-token.js';
import { tokensIn } from '../crypto/token-walk.js';
import type { PersonalDataVault } from '../keys/personal-data-vault.js';
import { PersonalDataEventStore } from '../personal-data-event-store.js';

export const UNREADABLE_PERSONAL_DATA = 'UNREADABLE_PERSONAL_DATA';

/**
 * A verify check: every personal token of each event still decrypts with its subject's key, or
 * its subject was erased. A token that was altered, names no subject, or whose key no longer
 * unwraps is reported with its event. The clear text is discarded, so this is not an access.
 */
export function unreadablePersonalData(vault: PersonalDataVault): NonNullable<VerifyOptions['checkEvents']> {
  return async (events) => {
    const found = events.map((event) => ({ event, tokens: [...tokensIn(event.data), ...tokensIn(event.metadata)] }));
    const keys = await vault.keysForReading(found.flatMap((f) => f.tokens.flatMap((t) => (t.subjectId === null ? [] : [t.subjectId]))));
    const problems: { event: RecordedEvent; problem: string }[] = [];
    for (const { event, tokens } of found) {
      const unreadable = tokens.some(({ token, subjectId }) => {
        const key = subjectId === null ? 'unreadable' : keys.get(subjectId);
        if (key === 'erased') return false;
        return key === undefined || key === 'unreadable' || decryptField(token, key) === null;
      });
      if (unreadable) problems.push({ event, problem: UNREADABLE_PERSONAL_DATA });
    }
    return problems;
  };
}

/** The personal-data check of verify (`checkEvents`), when the store encrypts personal data. */
export function personalDataChecks(store: EventStore): Pick<VerifyOptions, 'checkEvents'> {
  const personalData = findDecorator(store, PersonalDataEventStore);
  return personalData ? { checkEvents: unreadablePersonalData(personalData.vault) } : {};
}

/** verifyAuditTrail, with the personal-data check when the store encrypts personal data. */
export function verifyAuditTrailAndPersonalData(store: EventStore, options: VerifyOptions = {}): Promise<AuditTrailReport> {
  return verifyAuditTrail(store, { ...options, ...personalDataChecks(store) });
}
