import { ApiProperty } from '@nestjs/swagger';

export class ProspectCommandResponse {
  @ApiProperty({ format: 'uuid' }) prospectId!: string;
  @ApiProperty({ description: 'The stream revision after the command (also the ETag)' }) revision!: number;
  @ApiProperty({ description: 'Global position of the last event; pass as minPosition to read your write' }) position!: number;
}

export class DevelopmentScopeCommandResponse {
  @ApiProperty({ format: 'uuid', description: 'Derived from team and period' }) scopeId!: string;
  @ApiProperty({ description: 'The stream revision after the command (also the ETag)' }) revision!: number;
  @ApiProperty({ description: 'Global position of the last event' }) position!: number;
}

export class ProspectErrorResponse {
  @ApiProperty() statusCode!: number;
  @ApiProperty({ example: 'PROSPECT.DUPLICATE' }) code!: string;
  @ApiProperty() message!: string;
  @ApiProperty({ required: false, description: 'Field-level messages of a 400' }) fields?: { field: string; messages: string[] }[];
  @ApiProperty({ required: false, description: 'e.g. existingProspectId of a duplicate' }) details?: Record<string, unknown>;
}
