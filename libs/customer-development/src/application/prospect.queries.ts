import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { NotFoundError, fold, type Actor, type RecordedEvent } from '#app/eventsourcing';
import { EventStore } from '#app/event-store';
import { readableHistory, readablePeople, readableStream, withActor, type HistoryPage, type Person, type StreamReader } from '#app/shared-kernel';
import type { SizeClass } from '../shared/size-class.js';
import { prospectDecider } from '../prospect/prospect.decide.js';
import type { ProspectContact, ProspectEvent } from '../prospect/prospect.events.js';
import { prospectStream, type ExistingProspectState } from '../prospect/prospect.js';

/** The prospect's state with its potential-customer-list fields, read from its stream. */
export interface ProspectView extends ExistingProspectState {
  normalisedName: string;
  industry: string;
  region: string;
  size: SizeClass;
  contact: ProspectContact;
  source: string;
  initialAssessment: string;
  registrationNumber?: string;
  assignedSalespersonName?: string;
  addedBy: string;
  /** Everyone who acted on the prospect (not the system's processes), so readers can show names where it holds ids. */
  people: Person[];
  revision: number;
  position: number;
}

export class GetProspectQuery extends Query<ProspectView> {
  constructor(
    readonly prospectId: string,
    readonly actor: Actor,
  ) {
    super();
  }
}

export interface ProspectHistoryPage extends HistoryPage {
  prospectId: string;
}

export class GetProspectHistoryQuery extends Query<ProspectHistoryPage> {
  constructor(
    readonly prospectId: string,
    readonly actor: Actor,
    readonly fromRevision = 0,
    readonly limit = 100,
  ) {
    super();
  }
}

/** A prospect is its assigned salesperson's row: a salesperson reads only the prospects assigned to them. */
const prospectReader = (prospectId: string, actor: Actor): StreamReader<ExistingProspectState> => ({
  actor,
  what: 'prospects',
  notFound: () => new NotFoundError('PROSPECT.NOT_FOUND', `Prospect ${prospectId} does not exist`, { prospectId }),
  salespersonOf: (state) => state.assignedSalespersonId ?? null,
});

function listFields(events: readonly RecordedEvent[]) {
  let fields: Omit<ProspectView, keyof ExistingProspectState | 'people' | 'revision' | 'position'> | undefined;
  for (const recorded of events) {
    const event = { type: recorded.type, data: recorded.data } as ProspectEvent;
    if (event.type === 'ProspectAdded') {
      const { prospectId: _p, team: _t, name: _n, assignedSalespersonId: _a, ...added } = event.data;
      fields = { ...added };
    } else if (fields && event.type === 'ProspectAssigned') {
      fields = { ...fields, assignedSalespersonName: event.data.salespersonName };
    } else if (fields && event.type === 'CreditCheckRecorded') {
      fields = { ...fields, registrationNumber: event.data.registrationNumber };
    }
  }
  return fields!;
}

/** The prospect for its team, auditors and analysts; NotFound and TEAM_FORBIDDEN otherwise. */
@QueryHandler(GetProspectQuery)
export class GetProspectHandler implements IQueryHandler<GetProspectQuery> {
  constructor(private readonly store: EventStore) {}

  async execute({ prospectId, actor }: GetProspectQuery): Promise<ProspectView> {
    const stream = prospectStream(prospectId);
    await readableStream(this.store, prospectDecider, stream, prospectReader(prospectId, actor));
    const events = await this.store.readStream(stream);
    const last = events[events.length - 1]!;
    const people = readablePeople(actor, events.reduce<Person[]>((all, event) => withActor(all, event.metadata), []));
    return { ...(fold(prospectDecider, events) as ExistingProspectState), ...listFields(events), people, revision: last.revision, position: last.position };
  }
}

/** Every event of the prospect with its metadata (who, role, when, why), a page at a time. */
@QueryHandler(GetProspectHistoryQuery)
export class GetProspectHistoryHandler implements IQueryHandler<GetProspectHistoryQuery> {
  constructor(private readonly store: EventStore) {}

  async execute({ prospectId, actor, fromRevision, limit }: GetProspectHistoryQuery): Promise<ProspectHistoryPage> {
    return { prospectId, ...(await readableHistory(this.store, prospectDecider, prospectStream(prospectId), prospectReader(prospectId, actor), fromRevision, limit)) };
  }
}
