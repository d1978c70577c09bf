/** One reader seeing one data subject's personal data in clear. */
export interface PersonalDataAccess {
  at: string;
  actorId: string;
  actorRoles: string[];
  /** The operation that read it, e.g. `GET /api/prospects/:prospectId` or `cli export decisions`. */
  route: string;
  subjectId: string;
}

export interface RecordedAccess extends PersonalDataAccess {
  id: string;
}

export interface AccessLogFilter {
  subjectId?: string;
  actorId?: string;
  /** ISO 8601 instants, inclusive. */
  from?: string;
  to?: string;
}

export interface AccessLogPage {
  entries: RecordedAccess[];
  /** Pass back as `after` for the next page; null on the last. */
  next: string | null;
}

/**
 * Every read that decrypted personal data: who, which subject, which route, when. Written before
 * the clear text leaves the server (a read whose access cannot be recorded is refused), read by
 * auditors and privacy officers. Holds subject ids and user ids, never personal data itself.
 *
 * Used directly as the DI token.
 */
export abstract class PersonalDataAccessLog {
  abstract record(entries: readonly PersonalDataAccess[]): Promise<void>;

  /** Oldest first. */
  abstract find(filter: AccessLogFilter, page: { limit: number; after?: string }): Promise<AccessLogPage>;

  abstract close(): Promise<void>;
}
