import { ApiProperty } from '@nestjs/swagger';
import { IsInt, Matches, Max, Min } from 'class-validator';
import { CURRENCY } from './request-patterns.js';

/** Money in integer minor units with its ISO 4217 currency (Decision 10), in every request that carries an amount. */
export class MoneyRequest {
  @ApiProperty({ description: 'Integer minor units (fen, cents)', example: 2000000 })
  @IsInt()
  @Min(0)
  @Max(Number.MAX_SAFE_INTEGER)
  amount!: number;

  @ApiProperty({ example: 'CNY' })
  @Matches(CURRENCY, { message: 'currency must be an ISO 4217 code such as CNY' })
  currency!: string;
}
