import { ValidationError, jsonCopy } from '#app/eventsourcing';
import { isPersonal, personal, type FieldClass, type PersonalField } from '#app/shared-kernel';
import { encryptField, isPersonalToken, isSubjectId, subjectIdOf, tokenSubject, TOKEN_PREFIX } from '../crypto/personal-token.js';
import { visitTexts } from '../crypto/token-walk.js';

/** Per event type, the class of each of its text fields by path (the contexts' PersonalDataTables, merged). */
export type PersonalDataTables = Readonly<Record<string, Readonly<Record<string, FieldClass>>>>;

/**
 * The metadata's text fields: who acted, by name, is that employee's personal data (ids, roles,
 * command and correlation ids, reasons and comments are not). The system actor is not a person.
 */
export const METADATA_PERSONAL_DATA: Readonly<Record<string, FieldClass>> = { actorName: personal('employee', '@actorId') };

const SYSTEM_ID = 'system';

export const RESERVED_TEXT = 'PERSONAL_DATA.RESERVED_TEXT';
export const SUBJECT_UNKNOWN = 'PERSONAL_DATA.SUBJECT_UNKNOWN';

interface Pending {
  holder: Record<string, unknown> | unknown[];
  key: string | number;
  subjectId: string;
  plain: string;
}

/** An event's data and metadata copied, with the personal texts it holds in clear still to be encrypted. */
export interface EncryptionPlan<E> {
  event: E;
  pending: Pending[];
}

interface TextEvent {
  type: string;
  data: unknown;
  metadata?: Record<string, unknown>;
}

/**
 * Applies the classification to events: finds each personal text, and whose it is. Texts already
 * encrypted (copied from an earlier event) stay as they are, if they belong to the subject the
 * field names. A text that looks encrypted where no personal field is refused, so no stored text
 * can pass for someone's encrypted data.
 */
export class PersonalDataClassification {
  constructor(private readonly tables: PersonalDataTables) {}

  classifies(type: string): boolean {
    return type in this.tables;
  }

  fieldsOf(type: string): Readonly<Record<string, FieldClass>> | undefined {
    return this.tables[type];
  }

  /** A copy of the event (data and metadata as JSON would store them) and its texts to encrypt. */
  plan<E extends TextEvent>(event: E): EncryptionPlan<E> {
    const copy = {
      ...event,
      data: jsonCopy(event.data),
      ...(event.metadata !== undefined ? { metadata: jsonCopy<Record<string, unknown>>(event.metadata) } : {}),
    };
    const pending: Pending[] = [];
    const table = this.tables[event.type] ?? {};
    const check = (fields: Readonly<Record<string, FieldClass>>, where: 'data' | 'metadata') => (text: string, path: string, holder: Record<string, unknown> | unknown[], key: string | number) => {
      const field = fields[path];
      if (field === undefined || !isPersonal(field)) {
        if (text.startsWith(TOKEN_PREFIX)) {
          throw new ValidationError(RESERVED_TEXT, `Text may not start with "${TOKEN_PREFIX}" (it marks encrypted personal data)`, [{ field: path, messages: [`must not start with "${TOKEN_PREFIX}"`] }]);
        }
        return;
      }
      const subjectId = subjectOf(field, holder, copy.data, copy.metadata ?? {}, `${event.type} ${where}.${path}`);
      if (subjectId === null) return;
      if (isPersonalToken(text)) {
        if (tokenSubject(text) !== subjectId) throw new Error(`${event.type} ${where}.${path} holds encrypted data of another subject than ${subjectId}`);
        return;
      }
      pending.push({ holder, key, subjectId, plain: text });
    };
    visitTexts(copy.data, check(table, 'data'));
    if (copy.metadata) visitTexts(copy.metadata, check(METADATA_PERSONAL_DATA, 'metadata'));
    return { event: copy as E, pending };
  }
}

/** Refuses text that starts like encrypted personal data anywhere in a request, before it becomes a command. */
export function refuseReservedText(value: unknown): void {
  const fields: { field: string; messages: string[] }[] = [];
  visitTexts(value, (text, path) => {
    if (text.startsWith(TOKEN_PREFIX)) fields.push({ field: path, messages: [`must not start with "${TOKEN_PREFIX}"`] });
  });
  if (fields.length > 0) throw new ValidationError(RESERVED_TEXT, `Text may not start with "${TOKEN_PREFIX}" (it marks encrypted personal data)`, fields);
}

/** The subjects a set of plans needs keys for. */
export const subjectsOf = (plans: readonly EncryptionPlan<unknown>[]): Set<string> => new Set(plans.flatMap((p) => p.pending.map((t) => t.subjectId)));

/** Encrypts the plan's pending texts in its copy of the event. */
export function encryptPlan<E>(plan: EncryptionPlan<E>, keys: ReadonlyMap<string, Uint8Array>): E {
  for (const { holder, key, subjectId, plain } of plan.pending) {
    (holder as Record<string | number, unknown>)[key] = encryptField(subjectId, keys.get(subjectId)!, plain);
  }
  return plan.event;
}

function subjectOf(field: PersonalField, holder: Record<string, unknown> | unknown[], data: unknown, metadata: Record<string, unknown>, where: string): string | null {
  const from = field.idFrom;
  const id = from.startsWith('.')
    ? (holder as Record<string, unknown>)[from.slice(1)]
    : from.startsWith('@')
      ? metadata[from.slice(1)]
      : from.split('.').reduce<unknown>((value, key) => (value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined), data);
  if (field.personal === 'employee' && id === SYSTEM_ID) return null;
  const subjectId = typeof id === 'string' ? subjectIdOf(field.personal, id) : null;
  if (subjectId === null || !isSubjectId(subjectId)) {
    throw new ValidationError(SUBJECT_UNKNOWN, `${where} is personal data, but ${from} does not name whose`, [{ field: from.replace(/^[.@]/, ''), messages: ['must name the data subject'] }]);
  }
  return subjectId;
}

