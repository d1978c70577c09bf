import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';
import { MinorUnits } from './request-decorators.js';
import { CURRENCY } from './request-patterns.js';

/** Money in integer minor units with its ISO 4217 currency (Decision 10), in every request that carries an amount. */
export class MoneyRequest {
  @ApiProperty({ description: 'Integer minor units (fen, cents), at most 10^15', example: 2000000 })
  @MinorUnits()
  amount!: number;

  @ApiProperty({ example: 'CNY' })
  @Matches(CURRENCY, { message: 'currency must be an ISO 4217 code such as CNY' })
  currency!: string;
}
