import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { ValidationError } from '#app/eventsourcing';
import type { Fresh } from '#app/shared-kernel';
import type { Reply } from '../http/reply.js';

/** Read-your-writes: `?minPosition=N` or `X-Min-Position: N` (the `position` a command returned). */
export const MinPosition = createParamDecorator((_: unknown, context: ExecutionContext): number | undefined => {
  const request = context.switchToHttp().getRequest<{ query: Record<string, unknown>; headers: Record<string, unknown> }>();
  const raw = request.query.minPosition ?? request.headers['x-min-position'];
  if (raw === undefined) return undefined;
  if (typeof raw !== 'string' || !/^\d{1,15}$/.test(raw)) {
    throw new ValidationError('REQUEST.INVALID_MIN_POSITION', 'minPosition must be a non-negative integer', [{ field: 'minPosition', messages: ['a non-negative integer'] }]);
  }
  return Number(raw);
});

/** Puts the data in the body with its freshness, and says in headers how far the read model is. */
export function withFreshness<T extends object>(reply: Reply, result: Fresh<T>): T & { freshness: Fresh<T>['freshness'] } {
  reply.header('X-Read-Model-Position', String(result.freshness.position));
  reply.header('X-Read-Model-Behind', String(result.freshness.behind));
  return { ...result.data, freshness: result.freshness };
}
