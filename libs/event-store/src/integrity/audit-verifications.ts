import { IllegalStateError, NotFoundError, newId } from '#app/eventsourcing';
import type { EventStore } from '../event-store.port.js';
import { messageOf } from '../follower/follower-lease.js';
import { verifyAuditTrail, type AuditTrailReport, type VerifyOptions } from './verify-audit-trail.js';

export interface AuditVerification {
  id: string;
  status: 'running' | 'done' | 'failed';
  requestedBy: string;
  startedAt: string;
  finishedAt: string | null;
  /** How far it has read the log: `position` of `headPosition` (at its start), and the share. */
  progress: { position: number; headPosition: number; share: number };
  /** The report once done; `report.ok` says whether the trail holds. */
  report: AuditTrailReport | null;
  /** Why it could not finish (the store failed), when failed. */
  error: string | null;
}

export interface AuditVerificationsOptions {
  /** What each verification checks beyond the log (receipts, seal interval), read when it starts. */
  verifyOptions?: () => Promise<VerifyOptions> | VerifyOptions;
  /** Finished verifications kept for reading back, newest first out last; defaults to 20. */
  keep?: number;
  clock?: () => Date;
}

/**
 * Verifications of the audit trail run in the background, one at a time per process: `start`
 * answers at once with the verification's id and its progress, `get` reads it back while it runs
 * and its report when it is done. A verification reads the log in pages that take turns with the
 * rest of the event loop, so the process keeps serving requests meanwhile.
 */
export class AuditVerifications {
  private readonly verifications = new Map<string, AuditVerification>();
  private current: { verification: AuditVerification; done: Promise<void> } | null = null;
  private readonly keep: number;
  private readonly clock: () => Date;

  constructor(
    private readonly store: EventStore,
    private readonly options: AuditVerificationsOptions = {},
  ) {
    this.keep = options.keep ?? 20;
    this.clock = options.clock ?? (() => new Date());
  }

  /** Starts a verification; IllegalStateError AUDIT.VERIFICATION_RUNNING (naming it) while another runs. */
  start(requestedBy: string): AuditVerification {
    if (this.current) {
      const running = this.current.verification;
      throw new IllegalStateError('AUDIT.VERIFICATION_RUNNING', `Verification ${running.id} is still running; read its result, or start another once it is done`, {
        verificationId: running.id,
        progress: running.progress,
      });
    }
    const verification: AuditVerification = {
      id: newId(),
      status: 'running',
      requestedBy,
      startedAt: this.clock().toISOString(),
      finishedAt: null,
      progress: { position: 0, headPosition: 0, share: 0 },
      report: null,
      error: null,
    };
    this.verifications.set(verification.id, verification);
    this.forgetOld();
    this.current = { verification, done: this.run(verification) };
    return { ...verification };
  }

  /** The verification as it is now; NotFoundError AUDIT.VERIFICATION_NOT_FOUND for an id this process does not know. */
  get(id: string): AuditVerification {
    const verification = this.verifications.get(id);
    if (!verification) throw new NotFoundError('AUDIT.VERIFICATION_NOT_FOUND', `No verification ${id} in this process (only the latest ${this.keep} are kept)`, { verificationId: id });
    return { ...verification, progress: { ...verification.progress } };
  }

  /** Resolves once the verification is no longer running. */
  async finished(id: string): Promise<AuditVerification> {
    if (this.current?.verification.id === id) await this.current.done;
    return this.get(id);
  }

  private async run(verification: AuditVerification): Promise<void> {
    try {
      const options = (await this.options.verifyOptions?.()) ?? {};
      const report = await verifyAuditTrail(this.store, {
        ...options,
        clock: this.clock,
        onProgress: (position, headPosition) => {
          verification.progress = { position, headPosition, share: headPosition > 0 ? Math.min(1, position / headPosition) : 1 };
        },
      });
      verification.report = report;
      verification.progress = { position: report.headPosition, headPosition: report.headPosition, share: 1 };
      verification.status = 'done';
    } catch (error) {
      verification.status = 'failed';
      verification.error = messageOf(error);
    } finally {
      verification.finishedAt = this.clock().toISOString();
      this.current = null;
    }
  }

  private forgetOld() {
    for (const [id, verification] of this.verifications) {
      if (this.verifications.size <= this.keep) return;
      if (verification.status !== 'running') this.verifications.delete(id);
    }
  }
}
