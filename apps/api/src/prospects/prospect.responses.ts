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

export { ErrorResponse as ProspectErrorResponse } from '../http/command-route.js';
