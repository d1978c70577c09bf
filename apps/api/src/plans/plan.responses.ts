import { ApiProperty } from '@nestjs/swagger';

export class CommandResponse {
  @ApiProperty({ format: 'uuid' }) planId!: string;
  @ApiProperty({ description: 'The stream revision after the command (also the ETag)' }) revision!: number;
  @ApiProperty({ description: 'Global position of the last event; pass as minPosition to read your write' }) position!: number;
}

export { ErrorResponse } from '../http/command-route.js';
