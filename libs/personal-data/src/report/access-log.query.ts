import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { Actor } from '#app/eventsourcing';
import { requireOrderedRange } from '#app/shared-kernel';
import type { AccessLogFilter, AccessLogPage } from '../access/personal-data-access-log.port.js';
import { PersonalDataVault } from '../keys/personal-data-vault.js';
import { requirePrivacyReader } from './privacy-access.js';

/** Who read personal data in clear, filtered by subject, reader and time, oldest first. */
export class ListPersonalDataAccessQuery extends Query<AccessLogPage> {
  constructor(
    readonly actor: Actor,
    readonly filter: AccessLogFilter,
    readonly limit = 100,
    readonly after?: string,
  ) {
    super();
  }
}

@QueryHandler(ListPersonalDataAccessQuery)
export class ListPersonalDataAccessHandler implements IQueryHandler<ListPersonalDataAccessQuery> {
  constructor(private readonly vault: PersonalDataVault) {}

  execute({ actor, filter, limit, after }: ListPersonalDataAccessQuery): Promise<AccessLogPage> {
    requirePrivacyReader(actor);
    requireOrderedRange(filter.from, filter.to);
    return this.vault.accessLog.find(filter, { limit, ...(after !== undefined ? { after } : {}) });
  }
}
