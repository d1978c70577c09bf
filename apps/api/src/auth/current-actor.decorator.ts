import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { UnauthorizedError, type Actor } from '#app/eventsourcing';
import type { AuthenticatedRequest } from './auth.guard.js';

export const CurrentActor = createParamDecorator((_: unknown, context: ExecutionContext): Actor => {
  const actor = context.switchToHttp().getRequest<AuthenticatedRequest>().actor;
  if (!actor) throw new UnauthorizedError('AUTH.TOKEN_MISSING', 'This route needs a bearer token');
  return actor;
});
