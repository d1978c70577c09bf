import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { NotFoundError, type Actor } from '#app/eventsourcing';
import { EventStore } from '#app/event-store';
import { readableHistory, readableStream, type HistoryPage, type StreamReader } from '#app/shared-kernel';
import { developmentScopeDecider } from '../development-scope/development-scope.decide.js';
import { developmentScopeStream, type DefinedDevelopmentScope } from '../development-scope/development-scope.js';

export interface DevelopmentScopeView extends DefinedDevelopmentScope {
  revision: number;
  position: number;
}

export class GetDevelopmentScopeQuery extends Query<DevelopmentScopeView> {
  constructor(
    readonly scopeId: string,
    readonly actor: Actor,
  ) {
    super();
  }
}

export interface DevelopmentScopeHistoryPage extends HistoryPage {
  scopeId: string;
}

export class GetDevelopmentScopeHistoryQuery extends Query<DevelopmentScopeHistoryPage> {
  constructor(
    readonly scopeId: string,
    readonly actor: Actor,
    readonly fromRevision = 0,
    readonly limit = 100,
  ) {
    super();
  }
}

const scopeReader = (scopeId: string, actor: Actor): StreamReader => ({
  actor,
  what: 'development scopes',
  notFound: () => new NotFoundError('SCOPE.NOT_FOUND', `Development scope ${scopeId} does not exist`, { scopeId }),
});

const readScope = (store: EventStore, scopeId: string, actor: Actor) => readableStream(store, developmentScopeDecider, developmentScopeStream(scopeId), scopeReader(scopeId, actor));

/** The latest version of the scope; earlier versions are in its history. */
@QueryHandler(GetDevelopmentScopeQuery)
export class GetDevelopmentScopeHandler implements IQueryHandler<GetDevelopmentScopeQuery> {
  constructor(private readonly store: EventStore) {}

  async execute({ scopeId, actor }: GetDevelopmentScopeQuery): Promise<DevelopmentScopeView> {
    const { state, revision, position } = await readScope(this.store, scopeId, actor);
    return { ...state, revision, position };
  }
}

/** Every version of the scope with its metadata, a page at a time. */
@QueryHandler(GetDevelopmentScopeHistoryQuery)
export class GetDevelopmentScopeHistoryHandler implements IQueryHandler<GetDevelopmentScopeHistoryQuery> {
  constructor(private readonly store: EventStore) {}

  async execute({ scopeId, actor, fromRevision, limit }: GetDevelopmentScopeHistoryQuery): Promise<DevelopmentScopeHistoryPage> {
    return { scopeId, ...(await readableHistory(this.store, developmentScopeDecider, developmentScopeStream(scopeId), scopeReader(scopeId, actor), fromRevision, limit)) };
  }
}
