import { Command, CommandHandler, Query, QueryHandler, type ICommandHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { Actor } from '#app/eventsourcing';
import { AuditSealer, EventStore, verifyAuditTrail, type AuditTrailReport, type SealOutcome } from '#app/event-store';
import { requireAuditor } from '../audit-access.js';

/** Recomputes every stream's hash chain and every seal; the report names the first broken link per stream. */
export class VerifyAuditTrailQuery extends Query<AuditTrailReport> {
  constructor(readonly actor: Actor) {
    super();
  }
}

@QueryHandler(VerifyAuditTrailQuery)
export class VerifyAuditTrailHandler implements IQueryHandler<VerifyAuditTrailQuery> {
  constructor(private readonly store: EventStore) {}

  execute({ actor }: VerifyAuditTrailQuery): Promise<AuditTrailReport> {
    requireAuditor(actor);
    return verifyAuditTrail(this.store);
  }
}

/** Seals the log up to its head now (besides the scheduled seals), recording the auditor as sealer. */
export class SealAuditTrailCommand extends Command<SealOutcome> {
  constructor(readonly actor: Actor) {
    super();
  }
}

@CommandHandler(SealAuditTrailCommand)
export class SealAuditTrailHandler implements ICommandHandler<SealAuditTrailCommand> {
  constructor(private readonly store: EventStore) {}

  execute({ actor }: SealAuditTrailCommand): Promise<SealOutcome> {
    requireAuditor(actor);
    return new AuditSealer(this.store).seal({ id: actor.id, name: actor.name, role: 'auditor' });
  }
}
