import { ValidationError, type FieldError } from '#app/eventsourcing';
import { MAX_AMOUNT } from './money.js';
import { isCalendarDate } from './period.js';

/**
 * The shape a command's data must have before a decider looks at it: each decider checks it
 * itself, so a command from any entry point (HTTP, CLI, an event-driven process, a test) that
 * is not made of the right JSON types, in range, with no field unknown, is refused before
 * anything is decided or appended. A shape answers the field errors of a value (none: it fits).
 */
export type Shape = (value: unknown, field: string) => ShapeError[];

/** A field error with the code it is refused with: AMOUNT.INVALID, DATE.INVALID or COMMAND.INVALID. */
export interface ShapeError extends FieldError {
  code: string;
}

/** Longest text a command may carry (the HTTP requests are stricter, field by field). */
export const MAX_TEXT = 20_000;

const wrong = (field: string, message: string, code = 'COMMAND.INVALID'): ShapeError[] => [{ field, messages: [message], code }];
const at = (parent: string, key: string): string => (parent === '' ? key : `${parent}.${key}`);

export const text =
  (max = MAX_TEXT): Shape =>
  (value, field) =>
    typeof value === 'string' && value.length <= max ? [] : wrong(field, `must be text of at most ${max} characters`);

/** A string, number or boolean: a value the decider checks itself, refusing it with its own code. */
export const scalar: Shape = (value, field) =>
  (typeof value === 'string' && value.length <= 200) || typeof value === 'number' || typeof value === 'boolean' ? [] : wrong(field, 'must be a single value');

export const integer =
  (min: number, max: number): Shape =>
  (value, field) =>
    typeof value === 'number' && Number.isSafeInteger(value) && value >= min && value <= max ? [] : wrong(field, `must be an integer from ${min} to ${max}`);

/** Integer minor units or a count, 0 to MAX_AMOUNT (Decision 10). */
export const amount: Shape = (value, field) => integer(0, MAX_AMOUNT)(value, field).map((e) => ({ ...e, code: 'AMOUNT.INVALID' }));

export const calendarDate: Shape = (value, field) => (typeof value === 'string' && isCalendarDate(value) ? [] : wrong(field, 'must be a calendar date YYYY-MM-DD', 'DATE.INVALID'));

export const oneOf =
  (options: readonly string[]): Shape =>
  (value, field) =>
    typeof value === 'string' && options.includes(value) ? [] : wrong(field, `must be one of ${options.join(', ')}`);

export const list =
  (item: Shape, bounds: { min?: number; max: number }): Shape =>
  (value, field) => {
    if (!Array.isArray(value)) return wrong(field, 'must be a list');
    const { min = 0, max } = bounds;
    if (value.length < min || value.length > max) return wrong(field, `must hold ${min} to ${max} items`);
    return value.flatMap((v, i) => item(v, `${field}[${i}]`));
  };

export const optional =
  (shape: Shape): Shape =>
  (value, field) =>
    value === undefined ? [] : shape(value, field);

/** A plain object with exactly these fields (optional ones may be absent); any other field is refused. */
export const object =
  (fields: Readonly<Record<string, Shape>>): Shape =>
  (value, field) => {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return wrong(field === '' ? 'data' : field, 'must be an object');
    const unknown = Object.keys(value).filter((key) => !Object.hasOwn(fields, key));
    return [
      ...unknown.map((key) => ({ field: at(field, key), messages: ['is not a field of this command'], code: 'COMMAND.INVALID' })),
      ...Object.entries(fields).flatMap(([key, shape]) => shape((value as Record<string, unknown>)[key], at(field, key))),
    ];
  };

/** Money: integer minor units up to MAX_AMOUNT and a currency (the decider checks it is an ISO 4217 code, with its own code). */
export const money: Shape = object({ amount, currency: optional(text(3)) });

/** Refuses data that does not fit the shape, with every field error, under the first error's code. */
export function requireShape(shape: Shape, data: unknown): void {
  const errors = shape(data, '');
  if (errors.length === 0) return;
  const named = errors.slice(0, 5).map((e) => `${e.field} ${e.messages.join(', ')}`);
  const fields = errors.map(({ field, messages }) => ({ field, messages }));
  throw new ValidationError(errors[0]!.code, `The command is invalid: ${named.join('; ')}${errors.length > 5 ? ` (and ${errors.length - 5} more)` : ''}`, fields);
}
