import { describeQuery, serves, shapesOf } from '../query-shapes.js';
import type { CollectionDefinition, Page, QueryShape, ReadDocument, ReadFilter, ReadQuery } from '../read-store.port.js';
import { DelegatingReadStore } from './delegating-read-store.js';

/** A query no declared shape of its collection serves. */
export interface UndeclaredQuery {
  collection: string;
  query: string;
}

/**
 * A read store that refuses every `find` and `count` no query shape declared for its collection
 * (by `ensureCollection`) serves, and records it: in tests, every query the application issues
 * must be one an index was created for. Reads by id need no shape.
 */
export class QueryShapeGuard extends DelegatingReadStore {
  readonly undeclared: UndeclaredQuery[] = [];
  private readonly shapes = new Map<string, QueryShape[]>();

  override async ensureCollection(name: string, definition?: CollectionDefinition): Promise<void> {
    await super.ensureCollection(name, definition);
    this.shapes.set(name, [...(this.shapes.get(name) ?? []), ...shapesOf(definition)]);
  }

  override async dropCollection(name: string): Promise<void> {
    await super.dropCollection(name);
    this.shapes.delete(name);
  }

  override async find<T extends ReadDocument = ReadDocument>(collection: string, query: ReadQuery = {}): Promise<Page<T>> {
    this.check(collection, query, 'find');
    return super.find<T>(collection, query);
  }

  override async count(collection: string, filter: ReadFilter = {}, limit?: number): Promise<number> {
    this.check(collection, filter, 'count');
    return super.count(collection, filter, limit);
  }

  private check(collection: string, query: ReadQuery, kind: 'find' | 'count') {
    if ((this.shapes.get(collection) ?? []).some((shape) => serves(shape, query, kind))) return;
    const undeclared = { collection, query: `${kind} ${describeQuery(query, kind)}` };
    this.undeclared.push(undeclared);
    throw new Error(`No query shape declared for ${collection} serves ${undeclared.query}; declare it beside the query (see QueryShape)`);
  }
}
