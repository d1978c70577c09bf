import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { from, mergeMap, type Observable } from 'rxjs';
import { PersonalDataReader } from '#app/personal-data';
import type { AuthenticatedRequest } from '../auth/auth.guard.js';

interface RoutedRequest extends AuthenticatedRequest {
  method: string;
  url: string;
  routeOptions?: { url?: string };
}

/** The operation as the access log names it: `GET /api/prospects/:prospectId`. */
export const routeOf = (request: RoutedRequest): string => `${request.method} ${request.routeOptions?.url ?? request.url.split('?')[0]}`;

/**
 * Every JSON answer of the API passes through the one read-side rule for personal data: the
 * caller sees it in clear if their role may (the read is logged), masked otherwise, `[erased]`
 * after an erasure. Streamed exports apply the same reader page by page.
 */
@Injectable()
export class PersonalDataInterceptor implements NestInterceptor {
  constructor(private readonly reader: PersonalDataReader) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<RoutedRequest>();
    return next.handle().pipe(mergeMap((body: unknown) => from(this.reader.reveal(body, { actor: request.actor ?? null, route: routeOf(request) }))));
  }
}
