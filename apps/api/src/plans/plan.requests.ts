import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { METRICS, PERIOD_PATTERN } from '#app/shared-kernel';
import { TEXT, ID, CURRENCY } from '../http/request-patterns.js';
import { MoneyRequest } from '../http/money.request.js';
import { CalendarDate, MinorUnits, NestedArray, NestedObject, ValueList } from '../http/request-decorators.js';

export class QuantityRequest {
  @ApiProperty({ enum: METRICS, example: 'revenue' })
  @IsIn(METRICS as unknown as string[], { message: `metric must be one of ${METRICS.join(', ')}` })
  metric!: string;

  @ApiProperty({ description: 'Integer: minor units for money (fen, cents), a count otherwise; at most 10^15', example: 5000000 })
  @MinorUnits()
  amount!: number;

  @ApiPropertyOptional({ description: 'ISO 4217 code, required for money metrics, absent for counts', example: 'CNY' })
  @IsOptional()
  @Matches(CURRENCY, { message: 'currency must be an ISO 4217 code such as CNY' })
  currency?: string;
}

export class OpenPlanRequest {
  @ApiProperty({ example: 'north' })
  @Matches(ID, { message: 'team must be 1–64 characters of letters, digits, _ . @ -' })
  team!: string;

  @ApiProperty({ example: '2027-Q1', description: 'A year (2027), quarter (2027-Q1) or month (2027-03)' })
  @Matches(PERIOD_PATTERN, { message: 'period must look like 2027, 2027-Q1 or 2027-03' })
  period!: string;

  @ApiProperty({ example: 'CNY', description: 'Currency all money of the plan is kept in' })
  @Matches(CURRENCY, { message: 'currency must be an ISO 4217 code such as CNY' })
  currency!: string;

  @ApiProperty({ type: () => [QuantityRequest], description: "The company's overall target this plan serves" })
  @NestedArray(() => QuantityRequest, { max: 20 })
  companyTargets!: QuantityRequest[];

  @ApiProperty({ type: [String], example: ['Flat sales in the north'], description: 'Step 1: the problems the plan must solve' })
  @ValueList({ min: 1, max: 50 }, IsString({ each: true }), IsNotEmpty({ each: true }), MaxLength(TEXT, { each: true }))
  problems!: string[];

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(TEXT)
  notes?: string;
}

export class TargetRequest extends QuantityRequest {
  @ApiProperty({ example: 'ann' })
  @Matches(ID, { message: 'salespersonId must be 1–64 characters of letters, digits, _ . @ -' })
  salespersonId!: string;

  @ApiProperty({ example: 'Ann Lee' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  salespersonName!: string;
}

export class ExpenseBudgetRequest {
  @ApiProperty({ type: () => MoneyRequest })
  @NestedObject(() => MoneyRequest)
  amount!: MoneyRequest;

  @ApiProperty({ description: 'How the expenses are controlled' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(TEXT)
  controlNotes!: string;
}

export class SubPlansRequest {
  @ApiProperty({ description: '货款回收 payment collection' }) @IsString() @IsNotEmpty() @MaxLength(TEXT) paymentCollection!: string;
  @ApiProperty({ description: 'pricing strategy' }) @IsString() @IsNotEmpty() @MaxLength(TEXT) pricingStrategy!: string;
  @ApiProperty({ description: 'channel strategy' }) @IsString() @IsNotEmpty() @MaxLength(TEXT) channelStrategy!: string;
  @ApiProperty({ description: 'advertising & promotion' }) @IsString() @IsNotEmpty() @MaxLength(TEXT) advertisingAndPromotion!: string;
  @ApiProperty({ description: 'staffing & sales training' }) @IsString() @IsNotEmpty() @MaxLength(TEXT) staffingAndTraining!: string;
  @ApiProperty({ description: 'changes to per-role appraisal rules' }) @IsString() @IsNotEmpty() @MaxLength(TEXT) appraisalRuleChanges!: string;
  @ApiProperty({ description: 'product strategy' }) @IsString() @IsNotEmpty() @MaxLength(TEXT) productStrategy!: string;
}

export class SubmitPlanRequest {
  @ApiProperty({ type: () => [TargetRequest], description: 'One line per salesperson × metric' })
  @NestedArray(() => TargetRequest, { min: 1, max: 2000 })
  targets!: TargetRequest[];

  @ApiProperty({ type: () => MoneyRequest })
  @NestedObject(() => MoneyRequest)
  profitTarget!: MoneyRequest;

  @ApiProperty({ type: () => ExpenseBudgetRequest })
  @NestedObject(() => ExpenseBudgetRequest)
  expenseBudget!: ExpenseBudgetRequest;

  @ApiProperty({ type: () => SubPlansRequest })
  @NestedObject(() => SubPlansRequest)
  subPlans!: SubPlansRequest;

  @ApiPropertyOptional({ description: 'Other annual marketing-plan content' })
  @IsOptional()
  @IsString()
  @MaxLength(TEXT)
  otherContent?: string;
}

export class ApproveRequest {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(TEXT)
  comment?: string;
}

export class RejectRequest {
  @ApiProperty({ description: 'Why it goes back to its author (required)' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(TEXT)
  reason!: string;
}

export class MarketIndicatorRequest {
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(500) indicator!: string;
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(TEXT) assessment!: string;
}

export class SubmitPlanBookRequest {
  @ApiProperty({ description: 'Forward-looking analysis' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(20000)
  outlook!: string;

  @ApiProperty({ type: () => [MarketIndicatorRequest], description: 'Market indicators that cannot be quantified, assessed' })
  @NestedArray(() => MarketIndicatorRequest, { max: 100 })
  marketIndicators!: MarketIndicatorRequest[];
}

export class RecordActualRequest extends QuantityRequest {
  @ApiProperty({ example: '2027-02-10', description: 'A date inside the plan period' })
  @CalendarDate()
  date!: string;

  @ApiProperty({ example: 'INV-2027-0042', description: 'Invoice, order or customer reference' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  reference!: string;

  @ApiPropertyOptional({ example: 'ann', description: 'Whose actual it is: only yourself (403 AUTH.OWN_ACTUALS_ONLY for anyone else); defaults to you' })
  @IsOptional()
  @Matches(ID, { message: 'salespersonId must be 1–64 characters of letters, digits, _ . @ -' })
  salespersonId?: string;
}
