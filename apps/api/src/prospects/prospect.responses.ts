import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CREDIT_SCORES, PROSPECT_STATUSES, SIZE_CLASSES, type CreditGrade, type ProspectStatus, type SizeClass } from '#app/customer-development';
import { HistoryPageResponse, PersonResponse } from '../http/recorded-event.responses.js';
import { MoneyResponse, ProspectContactResponse } from './development-read.responses.js';
import { PersonalDataProperty } from '../openapi/route-docs.js';

/*
 * What the prospect and development-scope routes answer (and, in the audit routes, the prospect's
 * state as of a moment), mirroring ProspectView, DevelopmentScopeView, their history pages and
 * ProspectState of libs/customer-development; test/api/response-schemas.e2e-spec.ts holds each to
 * its type and to real answers.
 */

export class ProspectCommandResponse {
  @ApiProperty({ format: 'uuid' }) prospectId!: string;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'The stream revision after the command (also the ETag)' }) revision!: number;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Global position of the last event; pass as minPosition to read your write' }) position!: number;
}

export class DevelopmentScopeCommandResponse {
  @ApiProperty({ format: 'uuid', description: 'Derived from team and period' }) scopeId!: string;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'The stream revision after the command (also the ETag)' }) revision!: number;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Global position of the last event' }) position!: number;
}

export class LatestCreditCheckResponse {
  @ApiProperty({ type: 'integer', minimum: 1 }) checkNumber!: number;
  @ApiProperty({ enum: CREDIT_SCORES, enumName: 'CreditGrade' }) grade!: CreditGrade;
  @ApiProperty({ type: MoneyResponse }) suggestedCreditLimit!: MoneyResponse;
}

export class PendingApplicationResponse {
  @ApiProperty({ type: 'integer', minimum: 1 }) version!: number;
  @ApiProperty() submittedBy!: string;
  @ApiPropertyOptional() supervisorApprovedBy?: string;
  @ApiProperty({ type: MoneyResponse }) expectedDealValue!: MoneyResponse;
}

/** The state the prospect decider folds. */
export class ProspectStateResponse {
  @ApiProperty({ enum: PROSPECT_STATUSES, enumName: 'ProspectStatus' }) status!: ProspectStatus;
  @ApiProperty({ format: 'uuid' }) prospectId!: string;
  @ApiProperty() team!: string;
  @ApiProperty() name!: string;
  @ApiPropertyOptional() assignedSalespersonId?: string;
  @ApiPropertyOptional({ type: LatestCreditCheckResponse }) latestCreditCheck?: LatestCreditCheckResponse;
  @ApiProperty({ type: 'integer', minimum: 0 }) applicationVersion!: number;
  @ApiPropertyOptional({ type: PendingApplicationResponse, description: 'The application under review or approved' }) application?: PendingApplicationResponse;
  @ApiProperty({ type: 'integer', minimum: 0 }) reportCount!: number;
}

/** A prospect stream without ProspectAdded (time travel before the prospect existed never answers this; a decision's state before may). */
export class ProspectNotAddedStateResponse {
  @ApiProperty({ enum: ['none'] }) status!: 'none';
}

export class ProspectResponse extends ProspectStateResponse {
  @ApiProperty({ description: 'The name as compared for duplicates (case, width, punctuation and legal form ignored)' }) normalisedName!: string;
  @ApiProperty() industry!: string;
  @ApiProperty() region!: string;
  @ApiProperty({ enum: SIZE_CLASSES, enumName: 'SizeClass' }) size!: SizeClass;
  @ApiProperty({ type: ProspectContactResponse }) contact!: ProspectContactResponse;
  @ApiProperty() source!: string;
  @ApiProperty() initialAssessment!: string;
  @ApiPropertyOptional() registrationNumber?: string;
  @PersonalDataProperty({ required: false }) assignedSalespersonName?: string;
  @ApiProperty() addedBy!: string;
  @ApiProperty({ type: [PersonResponse], description: 'Everyone who acted on the prospect (not system processes), to show names where it holds ids' }) people!: PersonResponse[];
  @ApiProperty({ type: 'integer', minimum: 0, description: 'The stream revision (also the ETag)' }) revision!: number;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'The global position of the prospect’s last event' }) position!: number;
}

export class ProspectHistoryPageResponse extends HistoryPageResponse {
  @ApiProperty({ format: 'uuid' }) prospectId!: string;
}

export class DevelopmentScopeResponse {
  @ApiProperty({ enum: ['defined'] }) status!: 'defined';
  @ApiProperty({ format: 'uuid', description: 'Derived from team and period' }) scopeId!: string;
  @ApiProperty() team!: string;
  @ApiProperty({ example: '2027' }) period!: string;
  @ApiProperty({ type: 'integer', minimum: 1, description: '1 when defined, one more with each redefinition' }) version!: number;
  @ApiProperty({ type: [String] }) targetIndustries!: string[];
  @ApiProperty({ type: [String] }) regions!: string[];
  @ApiProperty({ enum: SIZE_CLASSES, enumName: 'SizeClass', isArray: true }) sizeClasses!: SizeClass[];
  @ApiProperty() mainDirection!: string;
  @ApiPropertyOptional() notes?: string;
  @ApiProperty() definedBy!: string;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'The stream revision (also the ETag)' }) revision!: number;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'The global position of the scope’s last event' }) position!: number;
}

export class DevelopmentScopeHistoryPageResponse extends HistoryPageResponse {
  @ApiProperty({ format: 'uuid' }) scopeId!: string;
}

export { ErrorResponse as ProspectErrorResponse } from '../http/problem.responses.js';
