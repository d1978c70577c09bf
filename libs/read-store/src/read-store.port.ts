/** A read-model document: a JSON object whose string `id` is unique within its collection. */
export interface ReadDocument {
  id: string;
}

export type FieldValue = string | number | boolean | null;

/** Bounds on one field; every bound must have the same type (number or string). */
export interface RangeCondition {
  gt?: string | number;
  gte?: string | number;
  lt?: string | number;
  lte?: string | number;
}

export interface ReadFilter {
  /** Equality on top-level scalar fields, all of which must hold; `null` also matches a missing field. */
  where?: Readonly<Record<string, FieldValue>>;
  /** Ranges on declared indexed fields (or `id`); only values of the bounds' type match. */
  range?: Readonly<Record<string, RangeCondition>>;
}

export interface SortOrder {
  /** A declared indexed field, or `id`. */
  field: string;
  /** Defaults to `asc`. */
  direction?: 'asc' | 'desc';
}

export interface ReadQuery extends ReadFilter {
  /** Defaults to `id` ascending. Ties are broken by `id` in the same direction; a missing field sorts as null, first when ascending. */
  sort?: SortOrder;
  /** 1 to 1,000; defaults to 100. */
  limit?: number;
  /** The `nextCursor` of the previous page of the same query. */
  cursor?: string | null;
}

export interface Page<T> {
  items: T[];
  /** Null on the last page. */
  nextCursor: string | null;
}

/**
 * What a query asks of a collection, so that one index serves it: equality on the `equal` fields
 * (the index's leading keys, in this order), then the order of `sort`, ties broken by `id`; the
 * sort field is the only one a query of the shape ranges on. `filters` are further equality fields
 * a query may add: they are checked on the rows the index walk reads, so a selective one deserves
 * a shape of its own.
 */
export interface QueryShape {
  readonly equal: readonly string[];
  /** A top-level field, or `id` for the id order alone. */
  readonly sort: string;
  readonly filters?: readonly string[];
}

/** The query shapes of one read model, each named after the query it serves. */
export type QueryShapes = Readonly<Record<string, QueryShape>>;

export interface CollectionDefinition {
  /** Top-level fields that can be sorted and ranged on, each with an index on (field, id). `id` always can. */
  indexes?: readonly string[];
  /** The shapes of the queries on the collection, one index on (…equal, sort, id) each; their sort fields can be sorted and ranged on. */
  shapes?: readonly QueryShape[];
}

/**
 * The writes of one unit of work. They are buffered and applied atomically when the unit of work's
 * callback resolves; nothing is applied when it throws. A write to a collection never declared
 * creates it without indexes.
 */
export interface ReadStoreTransaction {
  /** Inserts or wholly replaces the document with this id. */
  upsert<T extends ReadDocument>(collection: string, document: T): void;
  /** Deleting a missing document is a no-op. */
  delete(collection: string, id: string): void;
  /** Records how far a projection has applied the global log. */
  setCheckpoint(name: string, position: number): void;
  /**
   * Fences the unit of work: it commits only if the lease `name` is then recorded for `holder`
   * (an expired lease nobody took over still counts); otherwise nothing is written and the
   * transaction fails with IllegalStateError `READ_STORE.LEASE_LOST`.
   */
  requireLease(name: string, holder: string): void;
}

/** Who holds a named lease, and until when (milliseconds since the epoch, by the store's clock). */
export interface Lease {
  name: string;
  holder: string;
  expiresAt: number;
}

/**
 * The read-model store port: JSON documents in named collections, queried by equality, ranges on
 * declared fields, sort and opaque-cursor pagination, plus projection checkpoints written in the
 * same unit of work as the documents they describe.
 *
 * Collection names match `^[A-Za-z][A-Za-z0-9_]{0,62}$`, field names `^[A-Za-z_][A-Za-z0-9_]{0,62}$`.
 * Reading a collection that does not exist returns nothing. Bad query input (an undeclared sort or
 * range field, a malformed cursor, a bad limit) is a ValidationError; an overloaded or locked
 * back end is a ServiceUnavailableError.
 *
 * There is no isolation beyond the atomic commit: each collection has a single writer (its projection).
 * Leases make that hold across processes: a writer takes a named lease with an atomic
 * compare-and-set, renews it, and fences its units of work with `requireLease`.
 *
 * Used directly as the DI token.
 */
export abstract class ReadStore {
  /** Creates the collection if missing and the indexes of its fields and query shapes; indexes only accumulate. */
  abstract ensureCollection(name: string, definition?: CollectionDefinition): Promise<void>;

  /** Removes the collection, its documents and its indexes; a missing collection is a no-op. */
  abstract dropCollection(name: string): Promise<void>;

  abstract get<T extends ReadDocument = ReadDocument>(collection: string, id: string): Promise<T | null>;

  /** The documents that exist among these ids, in no particular order; read 1,000 ids per query. */
  abstract getMany<T extends ReadDocument = ReadDocument>(collection: string, ids: readonly string[]): Promise<T[]>;

  abstract find<T extends ReadDocument = ReadDocument>(collection: string, query?: ReadQuery): Promise<Page<T>>;

  /** How many documents match, counting at most `limit` (1 to 100,000; defaults to 10,000), so a count never scans without bound. */
  abstract count(collection: string, filter?: ReadFilter, limit?: number): Promise<number>;

  /** Runs `work`, then commits its writes and checkpoints atomically; returns what `work` returned. */
  abstract transaction<R>(work: (tx: ReadStoreTransaction) => Promise<R> | R): Promise<R>;

  /** The last position recorded under this name, or null if none was. */
  abstract getCheckpoint(name: string): Promise<number | null>;

  /**
   * Takes the lease `name` for `holder` for `ttlMs`, atomically, if it is free, expired or already
   * held by `holder` (which renews it). Resolves whether `holder` holds it afterwards. Expiry is
   * decided by the store's own clock (the database server's, or the embedded store's machine), never
   * the caller's, so holders on machines whose clocks differ still agree on it.
   */
  abstract tryAcquireLease(name: string, holder: string, ttlMs: number): Promise<boolean>;

  /** Frees the lease if `holder` holds it; otherwise does nothing. */
  abstract releaseLease(name: string, holder: string): Promise<void>;

  /** The lease as recorded, expired or not, or null when nobody took it or it was released. */
  abstract getLease(name: string): Promise<Lease | null>;

  /**
   * Checks that the back end answers and can commit units of work: ServiceUnavailableError when
   * it cannot be reached, IllegalStateError when it answers but cannot serve (a misconfiguration).
   */
  abstract ping(): Promise<void>;

  abstract close(): Promise<void>;
}
