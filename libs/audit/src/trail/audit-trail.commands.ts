import { Command, CommandHandler, Query, QueryHandler, type ICommandHandler, type IQueryHandler } from '@nestjs/cqrs';
import { ServiceUnavailableError, type Actor } from '#app/eventsourcing';
import { AuditSealer, AuditVerifications, type AuditTrailReport, type AuditVerification, type SealOutcome } from '#app/event-store';
import { requireAuditor } from '../audit-access.js';

/**
 * Starts a verification of the audit trail in the background (every stream's hash chain, every
 * seal, the seal receipts, holes in the log, overdue seals, personal data that no longer decrypts)
 * and answers at once with its id and progress; one runs at a time (409 AUDIT.VERIFICATION_RUNNING
 * otherwise).
 */
export class StartAuditVerificationCommand extends Command<AuditVerification> {
  constructor(readonly actor: Actor) {
    super();
  }
}

@CommandHandler(StartAuditVerificationCommand)
export class StartAuditVerificationHandler implements ICommandHandler<StartAuditVerificationCommand> {
  constructor(private readonly verifications: AuditVerifications) {}

  async execute({ actor }: StartAuditVerificationCommand): Promise<AuditVerification> {
    requireAuditor(actor);
    return this.verifications.start(actor.id);
  }
}

/** A verification's progress while it runs, its report when done. */
export class GetAuditVerificationQuery extends Query<AuditVerification> {
  constructor(
    readonly actor: Actor,
    readonly verificationId: string,
  ) {
    super();
  }
}

@QueryHandler(GetAuditVerificationQuery)
export class GetAuditVerificationHandler implements IQueryHandler<GetAuditVerificationQuery> {
  constructor(private readonly verifications: AuditVerifications) {}

  async execute({ actor, verificationId }: GetAuditVerificationQuery): Promise<AuditVerification> {
    requireAuditor(actor);
    return this.verifications.get(verificationId);
  }
}

/** Runs a verification through the same one-at-a-time runner and answers with its report once done. */
export class VerifyAuditTrailQuery extends Query<AuditTrailReport> {
  constructor(readonly actor: Actor) {
    super();
  }
}

@QueryHandler(VerifyAuditTrailQuery)
export class VerifyAuditTrailHandler implements IQueryHandler<VerifyAuditTrailQuery> {
  constructor(private readonly verifications: AuditVerifications) {}

  async execute({ actor }: VerifyAuditTrailQuery): Promise<AuditTrailReport> {
    requireAuditor(actor);
    const done = await this.verifications.finished(this.verifications.start(actor.id).id);
    if (!done.report) throw new ServiceUnavailableError('AUDIT.VERIFICATION_FAILED', `The verification could not finish: ${done.error ?? 'unknown reason'}`, { verificationId: done.id });
    return done.report;
  }
}

/** Seals the log up to its head now (besides the scheduled seals), recording the auditor as sealer; its receipt goes out like every seal's. */
export class SealAuditTrailCommand extends Command<SealOutcome> {
  constructor(readonly actor: Actor) {
    super();
  }
}

@CommandHandler(SealAuditTrailCommand)
export class SealAuditTrailHandler implements ICommandHandler<SealAuditTrailCommand> {
  constructor(private readonly sealer: AuditSealer) {}

  execute({ actor }: SealAuditTrailCommand): Promise<SealOutcome> {
    requireAuditor(actor);
    return this.sealer.seal({ id: actor.id, name: actor.name, role: 'auditor' });
  }
}
