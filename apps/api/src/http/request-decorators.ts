import { applyDecorators } from '@nestjs/common';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsInt, IsObject, IsOptional, Max, Min, ValidateBy, ValidateNested, isISO8601 } from 'class-validator';
import { MAX_AMOUNT, isCalendarDate } from '#app/shared-kernel';

/** How a request DTO property holding an object or a list is checked; the request-DTO test reads it. */
export type ShapeMark = { kind: 'object'; type: () => Function } | { kind: 'objects'; type: () => Function } | { kind: 'values' };

export const SHAPE_MARK = 'salesflow:request-shape';

const mark = (value: ShapeMark): PropertyDecorator => (target, property) => Reflect.defineMetadata(SHAPE_MARK, value, target, property);

const optionally = (optional: boolean | undefined): PropertyDecorator[] => (optional ? [IsOptional()] : []);

export interface ListBounds {
  min?: number;
  max: number;
  optional?: boolean;
}

const bounds = ({ min, max }: ListBounds): PropertyDecorator[] => [IsArray(), ...(min ? [ArrayMinSize(min)] : []), ArrayMaxSize(max)];

/** A nested request object: present (unless optional), a JSON object (not an array, null or a scalar), and checked by its own class. */
export const NestedObject = (type: () => Function, options: { optional?: boolean } = {}) =>
  applyDecorators(...optionally(options.optional), IsObject(), ValidateNested(), Type(type), mark({ kind: 'object', type }));

/** A list of nested request objects: a JSON array of `min`–`max` objects (no arrays, nulls or scalars inside), each checked by its class. */
export const NestedArray = (type: () => Function, options: ListBounds) =>
  applyDecorators(
    ...optionally(options.optional),
    ...bounds(options),
    IsObject({ each: true, message: ({ property }) => `each item of ${property} must be an object` }),
    ValidateNested({ each: true }),
    Type(type),
    mark({ kind: 'objects', type }),
  );

/** A list of scalars: a JSON array of `min`–`max` items, each checked by `each` (validators given `{ each: true }`). */
export const ValueList = (options: ListBounds, ...each: PropertyDecorator[]) =>
  applyDecorators(...optionally(options.optional), ...bounds(options), ...each, mark({ kind: 'values' }));

/** One of the values the document lists for the property (its `enum`): anything else is 400 before the domain is asked. `each` for a list. */
export const OneOf = (values: readonly string[], options: { each?: boolean } = {}) =>
  IsIn([...values], { ...options, message: ({ property }) => `${options.each ? `each item of ${property}` : property} must be one of ${values.join(', ')}` });

/** A real Gregorian calendar day, YYYY-MM-DD, years 0001–9999 (the domain's own check, so the API and the domain agree). */
export const CalendarDate = () =>
  ValidateBy({
    name: 'isCalendarDate',
    validator: {
      validate: (value: unknown) => typeof value === 'string' && isCalendarDate(value),
      defaultMessage: (args) => `${args?.property ?? 'date'} must be a real calendar date YYYY-MM-DD`,
    },
  });

/** An ISO 8601 date or timestamp (strict) on a real calendar day (years 0001–9999); `message` as class-validator takes it. */
export const Instant = (message?: string) =>
  ValidateBy({
    name: 'isRealInstant',
    validator: {
      validate: (value: unknown) => typeof value === 'string' && isISO8601(value, { strict: true }) && isCalendarDate(value.slice(0, 10)) && !Number.isNaN(Date.parse(value)),
      defaultMessage: (args) => message ?? `${args?.property ?? 'value'} must be a real ISO 8601 date or timestamp`,
    },
  });

/** An amount in integer minor units (or a count) that a plan sums: 0 to MAX_AMOUNT (Decision 10, exact at every total). */
export const MinorUnits = () => applyDecorators(IsInt(), Min(0), Max(MAX_AMOUNT));
