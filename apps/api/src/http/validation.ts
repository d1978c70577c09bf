import { ValidationPipe, createParamDecorator, type ArgumentMetadata, type ExecutionContext, type ValidationError as ClassValidatorError } from '@nestjs/common';
import { ValidationError, type FieldError } from '#app/eventsourcing';
import { refuseReservedText } from '#app/personal-data';

function flatten(errors: ClassValidatorError[], parent = ''): FieldError[] {
  return errors.flatMap((e) => {
    const field = parent === '' ? e.property : /^\d+$/.test(e.property) ? `${parent}[${e.property}]` : `${parent}.${e.property}`;
    const own = e.constraints ? [{ field, messages: Object.values(e.constraints) }] : [];
    return [...own, ...flatten(e.children ?? [], field)];
  });
}

const isJsonObject = (value: unknown): boolean => value !== null && typeof value === 'object' && !Array.isArray(value) && !Buffer.isBuffer(value);

const notAnObject = () =>
  new ValidationError('REQUEST.BODY_NOT_AN_OBJECT', 'The body must be a JSON object', [{ field: '(body)', messages: ['the body must be a JSON object such as {}'] }]);

/** Deeper than any request class nests; class-transformer recurses without a limit, so a deeper body is refused before it. */
export const MAX_BODY_DEPTH = 16;

/** Longer than any list a request class takes (its ArrayMaxSize): refused before class-transformer copies every item. */
export const MAX_LIST_LENGTH = 2000;

/** Names class-transformer skips without a word (Object.prototype's members), so the whitelist would never see them as unknown. */
const SKIPPED_NAMES = new Set([...Object.getOwnPropertyNames(Object.prototype), 'prototype']);

/**
 * The fields of a body that no request class can take: too deep, too long a list, named like
 * Object.prototype's members, or null (no request field is nullable; class-validator's IsOptional
 * would let a null through as if it were absent). Iterative, so no depth overflows it.
 */
export function structuralProblems(body: unknown): FieldError[] {
  const problems: FieldError[] = [];
  const pending: { value: unknown; field: string; depth: number }[] = [{ value: body, field: '', depth: 0 }];
  while (pending.length > 0 && problems.length < 10) {
    const { value, field, depth } = pending.pop()!;
    if (value === null || typeof value !== 'object') continue;
    if (depth >= MAX_BODY_DEPTH) {
      problems.push({ field: field || '(body)', messages: [`nested deeper than ${MAX_BODY_DEPTH} levels`] });
      continue;
    }
    if (Array.isArray(value) && value.length > MAX_LIST_LENGTH) {
      problems.push({ field: field || '(body)', messages: [`a list of more than ${MAX_LIST_LENGTH} items`] });
      continue;
    }
    const entries: [string, unknown][] = Array.isArray(value) ? value.map((item, i) => [`[${i}]`, item]) : Object.entries(value);
    for (const [key, item] of entries) {
      const path = Array.isArray(value) ? `${field}${key}` : field === '' ? key : `${field}.${key}`;
      if (!Array.isArray(value) && SKIPPED_NAMES.has(key)) problems.push({ field: path, messages: [`property ${key} should not exist`] });
      else if (!Array.isArray(value) && item === null) problems.push({ field: path, messages: [`${key} must not be null: leave it out`] });
      else pending.push({ value: item, field: path, depth: depth + 1 });
    }
  }
  return problems;
}

/**
 * Strict DTO validation: unknown fields, wrong types and missing fields are 400 with field-level
 * messages; a body that is not a JSON object (`null`, an array, a string) is 400 too, never read as `{}`.
 * A command without a body may send none. A body may not hold text that starts like encrypted
 * personal data (400 PERSONAL_DATA.RESERVED_TEXT), refused here, before it becomes a command: the
 * store would refuse it too, but only at append, where it would fail every command decided with it
 * in the same append.
 */
class StrictValidationPipe extends ValidationPipe {
  override transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type === 'body' && value !== undefined && !isJsonObject(value)) throw notAnObject();
    if (metadata.type === 'body' || metadata.type === 'query') {
      const problems = structuralProblems(value);
      if (problems.length > 0) throw new ValidationError('REQUEST.VALIDATION_FAILED', 'The request is invalid', problems);
    }
    if (metadata.type === 'body') refuseReservedText(value);
    return super.transform(value, metadata);
  }
}

export const validationPipe = () =>
  new StrictValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => new ValidationError('REQUEST.VALIDATION_FAILED', 'The request is invalid', flatten(errors)),
  });

/**
 * A command that takes no fields (PublishResults, StartDevelopment, …): no body, or `{}`. Any field
 * is 400 REQUEST.VALIDATION_FAILED naming it, like an unknown field of any other command.
 */
const noFields = createParamDecorator((_: unknown, context: ExecutionContext): void => {
  const body = context.switchToHttp().getRequest<{ body?: unknown }>().body;
  if (body === undefined) return;
  if (!isJsonObject(body)) throw notAnObject();
  const fields = Object.keys(body as object);
  if (fields.length > 0) {
    throw new ValidationError(
      'REQUEST.VALIDATION_FAILED',
      'The request is invalid',
      fields.map((field) => ({ field, messages: [`property ${field} should not exist`] })),
    );
  }
});

export const NO_FIELDS = 'salesflow:no-fields';

export const NoFields = (): ParameterDecorator => (target, key, index) => {
  noFields()(target, key, index);
  if (key !== undefined) Reflect.defineMetadata(NO_FIELDS, true, target, key);
};
