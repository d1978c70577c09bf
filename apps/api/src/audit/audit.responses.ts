import { ApiExtraModels, ApiProperty, getSchemaPath } from '@nestjs/swagger';
import type { AuditVerification, ChainProblem, ReceiptProblemKind, SealProblemKind } from '#app/event-store';
import { PLAN_STATUSES } from '#app/sales-planning';
import { EXPLAINED_KINDS, type ExplainedKind } from '#app/shared-kernel';
import { IntegrityStampResponse, RecordedEventResponse } from '../http/recorded-event.responses.js';
import { PlanNotOpenedStateResponse, PlanStateResponse } from '../plans/plan.responses.js';
import { ProspectNotAddedStateResponse, ProspectStateResponse } from '../prospects/prospect.responses.js';
import { FreshnessResponse, TrackingRowResponse } from '../read-models/planning-read.responses.js';
import { PersonalDataProperty } from '../openapi/route-docs.js';

/*
 * What the audit routes answer, mirroring StreamHistoryPage, PlanAsOf, TrackingSheetAsOf,
 * ProspectAsOf and DecisionExplanation of libs/audit and AuditTrailReport and SealOutcome of
 * libs/event-store (held to them by test/api/response-schemas.e2e-spec.ts).
 */

export class StreamHistoryPageResponse {
  @ApiProperty({ example: 'plan-985dc76b-5f58-872c-8052-997a333fbdb5' }) streamName!: string;
  @ApiProperty({ type: [RecordedEventResponse], description: 'As stored: the type and version written, the metadata with `integrity`' }) events!: RecordedEventResponse[];
  @ApiProperty({ type: 'integer', nullable: true, description: 'The revision the next page starts at; null on the last page' }) nextRevision!: number | null;
}

export class AsOfAskedResponse {
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'The moment asked for (?at=)' }) at!: string | null;
  @ApiProperty({ type: 'integer', nullable: true, description: 'The revision asked for (?revision=)' }) revision!: number | null;
}

/** Where the stream stood: the last event included. */
class StreamPointFields {
  @ApiProperty() streamName!: string;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'The revision of the last event included' }) revision!: number;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Its global position' }) position!: number;
  @ApiProperty({ format: 'date-time', description: 'When it happened' }) occurredAt!: string;
  @ApiProperty() lastEventType!: string;
  @ApiProperty({ type: 'integer', minimum: 1, description: 'Events folded' }) eventCount!: number;
}

class AsOfPointFields extends StreamPointFields {
  @ApiProperty({ type: AsOfAskedResponse }) asOf!: AsOfAskedResponse;
}

@ApiExtraModels(PlanStateResponse, PlanNotOpenedStateResponse)
export class PlanAsOfResponse extends AsOfPointFields {
  @ApiProperty({ format: 'uuid' }) planId!: string;
  @ApiProperty({
    oneOf: [{ $ref: getSchemaPath(PlanStateResponse) }, { $ref: getSchemaPath(PlanNotOpenedStateResponse) }],
    description: 'The plan’s state as the decider folded it then (`status: none` while only carried lines waited for it)',
  })
  state!: PlanStateResponse | PlanNotOpenedStateResponse;
}

@ApiExtraModels(ProspectStateResponse, ProspectNotAddedStateResponse)
export class ProspectAsOfResponse extends AsOfPointFields {
  @ApiProperty({ format: 'uuid' }) prospectId!: string;
  @ApiProperty({ oneOf: [{ $ref: getSchemaPath(ProspectStateResponse) }, { $ref: getSchemaPath(ProspectNotAddedStateResponse) }], description: 'The prospect’s state as the decider folded it then' })
  state!: ProspectStateResponse | ProspectNotAddedStateResponse;
}

export class TrackingSheetAsOfResponse extends StreamPointFields {
  @ApiProperty({ format: 'uuid' }) planId!: string;
  @ApiProperty() team!: string;
  @ApiProperty() period!: string;
  @ApiProperty({ enum: PLAN_STATUSES, enumName: 'PlanStatus' }) status!: string;
  @ApiProperty() currency!: string;
  @ApiProperty({ format: 'date', description: 'The calendar date of `at`, as written (in its own offset)' }) asOf!: string;
  @ApiProperty({ description: 'Percent of the period elapsed by asOf' }) elapsedPercent!: number;
  @ApiProperty({ type: [TrackingRowResponse] }) rows!: TrackingRowResponse[];
  @ApiProperty({ format: 'date-time', description: 'The moment asked for' }) at!: string;
}

export class ExplainedDecisionResponse {
  @ApiProperty({ format: 'uuid' }) eventId!: string;
  @ApiProperty() streamName!: string;
  @ApiProperty({ type: 'integer', minimum: 0 }) revision!: number;
  @ApiProperty({ type: 'integer', minimum: 0 }) position!: number;
  @ApiProperty({ description: 'The type as the domain reads it (upcast)' }) type!: string;
  @ApiProperty({ description: 'The type the log holds' }) storedType!: string;
  @ApiProperty({ enum: EXPLAINED_KINDS, enumName: 'ExplainedKind', description: 'A decision, or carry_over: a carried-in line, which follows from the publication of the plan it came from' }) decision!: ExplainedKind;
  @ApiProperty({ example: 'plan', description: 'What was decided on: plan, plan_book, target_adjustment, appraisal, carry_over, results, application' }) subject!: string;
  @ApiProperty({ format: 'date-time' }) occurredAt!: string;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'The event’s payload' }) data!: unknown;
  @ApiProperty({ type: IntegrityStampResponse, nullable: true }) integrity!: IntegrityStampResponse | null;
}

export class DecisionCommandResponse {
  @ApiProperty({ type: String, nullable: true }) commandId!: string | null;
  @ApiProperty({ type: String, nullable: true }) commandType!: string | null;
  @ApiProperty({ type: String, nullable: true }) actorId!: string | null;
  @PersonalDataProperty({ nullable: true }) actorName!: string | null;
  @ApiProperty({ type: String, nullable: true }) actorRole!: string | null;
  @ApiProperty({ type: String, nullable: true }) reason!: string | null;
  @ApiProperty({ type: String, nullable: true }) comment!: string | null;
  @ApiProperty({ type: String, nullable: true }) correlationId!: string | null;
  @ApiProperty({ type: String, nullable: true }) causationId!: string | null;
  @ApiProperty({ format: 'date-time' }) occurredAt!: string;
}

export class CorrelatedEventResponse {
  @ApiProperty({ format: 'uuid' }) eventId!: string;
  @ApiProperty() streamName!: string;
  @ApiProperty({ type: 'integer', minimum: 0 }) revision!: number;
  @ApiProperty({ type: 'integer', minimum: 0 }) position!: number;
  @ApiProperty() type!: string;
  @ApiProperty({ format: 'date-time' }) occurredAt!: string;
  @ApiProperty({ type: String, nullable: true }) actorId!: string | null;
  @ApiProperty({ type: String, nullable: true }) actorRole!: string | null;
  @ApiProperty({ type: String, nullable: true }) commandId!: string | null;
  @ApiProperty({ type: String, nullable: true }) commandType!: string | null;
  @ApiProperty({ type: String, nullable: true }) causationId!: string | null;
}

const STATES = [PlanStateResponse, PlanNotOpenedStateResponse, ProspectStateResponse, ProspectNotAddedStateResponse];
const stateOfTheStream = (when: string) => ({ anyOf: STATES.map((state) => ({ $ref: getSchemaPath(state) })), description: `The state of the decision’s stream (a plan or a prospect) ${when}, folded by its decider` });

@ApiExtraModels(...STATES)
export class DecisionExplanationResponse {
  @ApiProperty({ type: ExplainedDecisionResponse }) decision!: ExplainedDecisionResponse;
  @ApiProperty({ type: DecisionCommandResponse, description: 'The command that caused it, from the event’s metadata' }) command!: DecisionCommandResponse;
  @ApiProperty(stateOfTheStream('just before the decision')) stateBefore!: unknown;
  @ApiProperty(stateOfTheStream('just after it')) stateAfter!: unknown;
  @ApiProperty({ type: [CorrelatedEventResponse], description: 'Every event of the same correlation id, anywhere in the log, in log order (at most 1,000)' }) correlated!: CorrelatedEventResponse[];
  @ApiProperty() correlatedTruncated!: boolean;
  @ApiProperty({ type: FreshnessResponse, description: 'Of the audit event index that located the event and its correlation' }) freshness!: FreshnessResponse;
}

const CHAIN_PROBLEMS: readonly ChainProblem[] = ['MISSING_INTEGRITY', 'REVISION_GAP', 'PREVIOUS_HASH_MISMATCH', 'HASH_MISMATCH'];
const SEAL_PROBLEMS: readonly SealProblemKind[] = ['SEAL_HASH_MISMATCH', 'SEAL_CHAIN_BROKEN', 'SEAL_RANGE_GAP', 'EVENT_COUNT_MISMATCH', 'EVENTS_HASH_MISMATCH'];
const EXPECTED_OR_ACTUAL = { oneOf: [{ type: 'string' }, { type: 'integer' }, { type: 'null' }] };

/** The event a verification finding is about. */
class VerifiedEventFields {
  @ApiProperty() streamName!: string;
  @ApiProperty({ type: 'integer', minimum: 0 }) revision!: number;
  @ApiProperty({ type: 'integer', minimum: 0 }) position!: number;
  @ApiProperty() eventId!: string;
  @ApiProperty() eventType!: string;
}

export class ChainBreakResponse extends VerifiedEventFields {
  @ApiProperty({ enum: CHAIN_PROBLEMS, enumName: 'ChainProblem' }) problem!: ChainProblem;
  @ApiProperty(EXPECTED_OR_ACTUAL) expected!: string | number | null;
  @ApiProperty(EXPECTED_OR_ACTUAL) actual!: string | number | null;
}

export class SealProblemResponse {
  @ApiProperty({ type: 'integer', minimum: 1 }) sealNumber!: number;
  @ApiProperty({ type: 'integer', minimum: 0 }) fromPosition!: number;
  @ApiProperty({ type: 'integer', minimum: 0 }) toPosition!: number;
  @ApiProperty({ enum: SEAL_PROBLEMS, enumName: 'SealProblemKind' }) problem!: SealProblemKind;
  @ApiProperty(EXPECTED_OR_ACTUAL) expected!: string | number | null;
  @ApiProperty(EXPECTED_OR_ACTUAL) actual!: string | number | null;
}

export class EventProblemResponse extends VerifiedEventFields {
  @ApiProperty({ example: 'UNREADABLE_PERSONAL_DATA', description: 'What a check of the event’s content found: UNREADABLE_PERSONAL_DATA when personal data of a subject not erased no longer decrypts (altered ciphertext, or a key that no longer unwraps)' }) problem!: string;
}

export class LatestSealResponse {
  @ApiProperty({ type: 'integer', minimum: 1 }) sealNumber!: number;
  @ApiProperty({ description: 'Record this hash outside the system to detect a later rewrite of the seals themselves' }) sealHash!: string;
  @ApiProperty({ type: 'integer', minimum: 0 }) toPosition!: number;
  @ApiProperty({ format: 'date-time' }) sealedAt!: string;
}

const RECEIPT_PROBLEMS: readonly ReceiptProblemKind[] = ['SEAL_MISSING', 'SEAL_DIFFERS'];

export class OverdueSealResponse {
  @ApiProperty({ type: 'integer', minimum: 1 }) events!: number;
  @ApiProperty({ type: 'integer', minimum: 0 }) oldestPosition!: number;
  @ApiProperty({ format: 'date-time' }) oldestAt!: string;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'The seal interval and its grace (ms)' }) olderThanMs!: number;
}

export class ReceiptProblemResponse {
  @ApiProperty({ type: 'integer', minimum: 1 }) sealNumber!: number;
  @ApiProperty({ enum: RECEIPT_PROBLEMS, enumName: 'ReceiptProblemKind', description: 'SEAL_MISSING: the log no longer holds the seal (the seal stream was deleted or shortened); SEAL_DIFFERS: its seal of that number is another one (recomputed)' }) problem!: ReceiptProblemKind;
  @ApiProperty({ description: 'The seal hash the receipt recorded' }) expected!: string;
  @ApiProperty({ type: String, nullable: true, description: 'The log’s seal hash of that number, if any' }) actual!: string | null;
}

export class ReceiptCheckResponse {
  @ApiProperty({ type: 'integer', minimum: 0 }) count!: number;
  @ApiProperty({ type: 'integer', minimum: 0 }) matched!: number;
  @ApiProperty({ type: [ReceiptProblemResponse] }) problems!: ReceiptProblemResponse[];
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Seals of the log without a receipt yet (written when the seal process next starts)' }) unreceipted!: number;
}

export class SealVerificationResponse {
  @ApiProperty({ type: 'integer', minimum: 0 }) count!: number;
  @ApiProperty({ type: 'integer', minimum: 0 }) verified!: number;
  @ApiProperty({ type: [SealProblemResponse] }) problems!: SealProblemResponse[];
  @ApiProperty({ type: LatestSealResponse, nullable: true }) latest!: LatestSealResponse | null;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Events after the latest seal (seals aside): protected by their stream chains only until the next seal' }) unsealedEvents!: number;
  @ApiProperty({ type: OverdueSealResponse, nullable: true, description: 'Unsealed events older than the seal interval (and a minute): sealing stopped, or the seals were removed' }) overdue!: OverdueSealResponse | null;
  @ApiProperty({ type: ReceiptCheckResponse, nullable: true, description: 'The seals against the receipts kept outside the event store; null when there are none to check' }) receipts!: ReceiptCheckResponse | null;
}

export class PositionGapResponse {
  @ApiProperty({ type: 'integer', minimum: 0, description: 'The last position before the hole' }) after!: number;
  @ApiProperty({ type: 'integer', minimum: 1, description: 'The first position after it (past the highest ever given, for a truncated tail)' }) next!: number;
}

export class LogNumberingResponse {
  @ApiProperty({ description: 'Whether the store numbers its log 1, 2, 3 … (the embedded one), so holes can be looked for' }) dense!: boolean;
  @ApiProperty({ type: [PositionGapResponse], description: 'Holes in the positions, in order (at most 1,000)' }) gaps!: PositionGapResponse[];
  @ApiProperty({ type: 'integer', minimum: 0 }) gapCount!: number;
  @ApiProperty({ type: 'integer', minimum: 0 }) missingPositions!: number;
}

export class AuditTrailReportResponse {
  @ApiProperty({ description: 'No broken link, seal problem, receipt problem, hole in the log, overdue seal or event problem' }) ok!: boolean;
  @ApiProperty({ format: 'date-time' }) verifiedAt!: string;
  @ApiProperty({ type: 'integer', minimum: 0 }) headPosition!: number;
  @ApiProperty({ description: 'Whether this store stamps new events (the integrity decorator is installed)' }) chaining!: boolean;
  @ApiProperty({ type: 'integer', minimum: 0 }) events!: number;
  @ApiProperty({ type: 'integer', minimum: 0 }) streams!: number;
  @ApiProperty({ type: [ChainBreakResponse], description: 'The first broken link per stream, in log order (at most 1,000)' }) brokenStreams!: ChainBreakResponse[];
  @ApiProperty({ type: 'integer', minimum: 0 }) brokenStreamCount!: number;
  @ApiProperty({ type: [EventProblemResponse], description: 'Events whose content failed a check (personal data that no longer decrypts), in log order (at most 1,000)' }) eventProblems!: EventProblemResponse[];
  @ApiProperty({ type: 'integer', minimum: 0 }) eventProblemCount!: number;
  @ApiProperty({ type: LogNumberingResponse }) log!: LogNumberingResponse;
  @ApiProperty({ type: SealVerificationResponse }) seals!: SealVerificationResponse;
}

export class VerificationProgressResponse {
  @ApiProperty({ type: 'integer', minimum: 0, description: 'The position read up to' }) position!: number;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'The head when the verification started' }) headPosition!: number;
  @ApiProperty({ type: 'number', minimum: 0, maximum: 1 }) share!: number;
}

export class AuditVerificationResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: ['running', 'done', 'failed'], enumName: 'AuditVerificationStatus' }) status!: AuditVerification['status'];
  @ApiProperty({ description: 'The auditor who started it' }) requestedBy!: string;
  @ApiProperty({ format: 'date-time' }) startedAt!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) finishedAt!: string | null;
  @ApiProperty({ type: VerificationProgressResponse }) progress!: VerificationProgressResponse;
  @ApiProperty({ type: AuditTrailReportResponse, nullable: true, description: 'Once done: `ok` says whether the trail holds' }) report!: AuditTrailReportResponse | null;
  @ApiProperty({ type: String, nullable: true, description: 'Why it could not finish (the store failed)' }) error!: string | null;
}

export class AuditSealResponse {
  @ApiProperty({ type: 'integer', minimum: 1 }) sealNumber!: number;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'The range sealed is (fromPosition, toPosition]' }) fromPosition!: number;
  @ApiProperty({ type: 'integer', minimum: 0 }) toPosition!: number;
  @ApiProperty({ type: 'integer', minimum: 0 }) eventCount!: number;
  @ApiProperty({ description: 'SHA-256 over the hashes of the events in the range, in order' }) eventsHash!: string;
  @ApiProperty({ type: String, nullable: true }) previousSealHash!: string | null;
  @ApiProperty() sealHash!: string;
  @ApiProperty() sealedBy!: string;
}

export class SealedResponse {
  @ApiProperty({ enum: [true] }) sealed!: true;
  @ApiProperty({ type: AuditSealResponse }) seal!: AuditSealResponse;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'The global position of the seal event' }) position!: number;
}

export class RecordedSealResponse {
  @ApiProperty({ type: AuditSealResponse }) seal!: AuditSealResponse;
  @ApiProperty({ type: 'integer', minimum: 0 }) revision!: number;
  @ApiProperty({ type: 'integer', minimum: 0 }) position!: number;
  @ApiProperty({ format: 'date-time' }) sealedAt!: string;
}

export class NothingToSealResponse {
  @ApiProperty({ enum: [false], description: 'No event since the latest seal' }) sealed!: false;
  @ApiProperty({ type: RecordedSealResponse, nullable: true, description: 'The latest seal; null when there is none' }) latest!: RecordedSealResponse | null;
}
