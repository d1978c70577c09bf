import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { SIZE_CLASSES } from '#app/customer-development';
import { PERIOD_PATTERN } from '#app/shared-kernel';
import { TEXT, SHORT, ID } from '../http/request-patterns.js';
import { OneOf, ValueList } from '../http/request-decorators.js';

/** Step 1: which new customers the team pursues and the main direction of its development plan. */
export class DefineDevelopmentScopeRequest {
  @ApiProperty({ example: 'north' })
  @Matches(ID, { message: 'team must be 1–64 characters of letters, digits, _ . @ -' })
  team!: string;

  @ApiProperty({ example: '2027-Q1', description: 'A year (2027), quarter (2027-Q1) or month (2027-03)' })
  @Matches(PERIOD_PATTERN, { message: 'period must look like 2027, 2027-Q1 or 2027-03' })
  period!: string;

  @ApiProperty({ type: [String], example: ['Food processing'] })
  @ValueList({ min: 1, max: 50 }, IsString({ each: true }), IsNotEmpty({ each: true }), MaxLength(SHORT, { each: true }))
  targetIndustries!: string[];

  @ApiProperty({ type: [String], example: ['Shandong'] })
  @ValueList({ min: 1, max: 50 }, IsString({ each: true }), IsNotEmpty({ each: true }), MaxLength(SHORT, { each: true }))
  regions!: string[];

  @ApiProperty({ type: [String], enum: SIZE_CLASSES, example: ['medium', 'large'] })
  @ValueList({ min: 1, max: SIZE_CLASSES.length }, OneOf(SIZE_CLASSES, { each: true }))
  sizeClasses!: string[];

  @ApiProperty({ description: 'The main direction of the development plan' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(TEXT)
  mainDirection!: string;

  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(TEXT) notes?: string;
}
