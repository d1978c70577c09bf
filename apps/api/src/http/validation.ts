import { ValidationPipe, type ArgumentMetadata, type ValidationError as ClassValidatorError } from '@nestjs/common';
import { ValidationError, type FieldError } from '#app/eventsourcing';
import { refuseReservedText } from '#app/personal-data';

function flatten(errors: ClassValidatorError[], parent = ''): FieldError[] {
  return errors.flatMap((e) => {
    const field = parent === '' ? e.property : /^\d+$/.test(e.property) ? `${parent}[${e.property}]` : `${parent}.${e.property}`;
    const own = e.constraints ? [{ field, messages: Object.values(e.constraints) }] : [];
    return [...own, ...flatten(e.children ?? [], field)];
  });
}

/**
 * A body may not hold text that starts like encrypted personal data (400 PERSONAL_DATA.RESERVED_TEXT),
 * refused here, before it becomes a command: the store would refuse it too, but only at append, where
 * it would fail every command decided with it in the same append.
 */
class RequestValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type === 'body') refuseReservedText(value);
    return super.transform(value, metadata);
  }
}

/** Strict DTO validation: unknown fields, wrong types and missing fields are 400 with field-level messages. */
export const validationPipe = () =>
  new RequestValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => new ValidationError('REQUEST.VALIDATION_FAILED', 'The request is invalid', flatten(errors)),
  });
