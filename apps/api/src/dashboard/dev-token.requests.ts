import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { ROLES, type Role } from '#app/eventsourcing';
import { ID } from '../http/request-patterns.js';
import { ValueList } from '../http/request-decorators.js';

export class MintDevTokenRequest {
  @ApiProperty({ example: 'max', description: 'User id (the token subject)' })
  @Matches(ID, { message: 'sub must be a user id (letters, digits, _.@-)' })
  sub!: string;

  @ApiPropertyOptional({ example: 'Max Manager' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  name?: string;

  @ApiProperty({ enum: ROLES, isArray: true, example: ['manager'] })
  @ValueList({ min: 1, max: ROLES.length }, IsIn(ROLES as unknown as string[], { each: true, message: `each role must be one of ${ROLES.join(', ')}` }))
  roles!: Role[];

  @ApiProperty({ type: [String], example: ['north'] })
  @ValueList({ max: 50 }, Matches(ID, { each: true, message: 'each team must be a team id' }))
  teams!: string[];

  @ApiPropertyOptional({ minimum: 1, maximum: 720, default: 480, description: 'Lifetime in minutes' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(720)
  ttlMinutes?: number;
}
