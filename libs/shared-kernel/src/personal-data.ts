import type { Event } from '#app/eventsourcing';
import type { Money } from './money.js';

/** The people whose data the events hold: a prospect's contact, a credit check's legal representative, an employee. */
export const SUBJECT_KINDS = ['contact', 'legal-representative', 'employee'] as const;
export type SubjectKind = (typeof SUBJECT_KINDS)[number];

/**
 * A personal field, encrypted with its data subject's key. The subject is `<kind>:<id>`, the id
 * read from `idFrom`: a field of the event's data (`prospectId`), a sibling of the field in the
 * same object (`.salespersonId`), or a field of the metadata (`@actorId`).
 */
export interface PersonalField {
  readonly personal: SubjectKind;
  readonly idFrom: string;
}

/** Codes, identifiers and business text: never a person's data (free text is for business content only). */
export const NOT_PERSONAL = 'not personal';

export type FieldClass = PersonalField | typeof NOT_PERSONAL;

export const personal = (kind: SubjectKind, idFrom: string): PersonalField => ({ personal: kind, idFrom });

export const isPersonal = (field: FieldClass): field is PersonalField => field !== NOT_PERSONAL;

type Join<P extends string, K extends string> = P extends '' ? K : `${P}.${K}`;
type IsMoney<T> = [T] extends [Money] ? ([Money] extends [T] ? true : false) : false;

/**
 * The paths of every free-text field of a type: `contact.name`, `targets[].salespersonName`,
 * `banks[]`. Literal unions (metrics, grades, statuses) and Money are codes, not text, and have none.
 */
export type TextPaths<T, P extends string = ''> = [T] extends [string]
  ? string extends T
    ? P
    : never
  : IsMoney<T> extends true
    ? never
    : T extends readonly (infer U)[]
      ? TextPaths<U, `${P}[]`>
      : T extends object
        ? { [K in keyof T & string]-?: TextPaths<NonNullable<T[K]>, Join<P, K>> }[keyof T & string]
        : never;

/** What every free-text field of one event type is. */
export type FieldClasses<Data> = { readonly [Path in TextPaths<Data>]: FieldClass };

/**
 * Every event type of a stream with the class of each of its free-text fields. Typed over the
 * event union and each type's data, so a new event type, or a new text field, fails the type check
 * until it says whether it is personal and whose.
 */
export type PersonalDataTable<E extends Event> = { readonly [K in E['type']]: FieldClasses<Extract<E, { type: K }>['data']> };
