import { ApiProperty } from '@nestjs/swagger';
import { ROLES, type Role } from '#app/eventsourcing';

/* What the development sign-in answers. */

export class DevelopmentModeResponse {
  @ApiProperty({ enum: [true] }) developmentSecret!: true;
  @ApiProperty({ enum: ROLES, enumName: 'Role', isArray: true, description: 'The roles the sign-in offers' }) roles!: readonly Role[];
  @ApiProperty({ type: 'integer', minimum: 1 }) defaultTtlMinutes!: number;
}

export class TokenActorResponse {
  @ApiProperty({ description: 'The user id (`sub`)' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: ROLES, enumName: 'Role', isArray: true }) roles!: Role[];
  @ApiProperty({ type: [String] }) teams!: string[];
}

export class DevelopmentTokenResponse {
  @ApiProperty({ description: 'An HS256 JWT, signed with the development secret' }) token!: string;
  @ApiProperty({ enum: ['Bearer'] }) tokenType!: 'Bearer';
  @ApiProperty({ format: 'date-time' }) expiresAt!: string;
  @ApiProperty({ type: TokenActorResponse, description: 'Who the token names' }) actor!: TokenActorResponse;
}
