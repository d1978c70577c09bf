import { ValidationPipe, createParamDecorator, type ArgumentMetadata, type ExecutionContext, type ValidationError as ClassValidatorError } from '@nestjs/common';
import { ValidationError, type FieldError } from '#app/eventsourcing';

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

/**
 * Strict DTO validation: unknown fields, wrong types and missing fields are 400 with field-level
 * messages; a body that is not a JSON object (`null`, an array, a string) is 400 too, never read as `{}`.
 * A command without a body may send none.
 */
class StrictValidationPipe extends ValidationPipe {
  override transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type === 'body' && value !== undefined && !isJsonObject(value)) throw notAnObject();
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
