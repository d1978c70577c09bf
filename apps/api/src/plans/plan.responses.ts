import { ApiProperty } from '@nestjs/swagger';

export class CommandResponse {
  @ApiProperty({ format: 'uuid' }) planId!: string;
  @ApiProperty({ description: 'The stream revision after the command (also the ETag)' }) revision!: number;
  @ApiProperty({ description: 'Global position of the last event; pass as minPosition to read your write' }) position!: number;
}

export class ErrorResponse {
  @ApiProperty() statusCode!: number;
  @ApiProperty({ example: 'PLAN.NOT_AWAITING_APPROVAL' }) code!: string;
  @ApiProperty() message!: string;
  @ApiProperty({ required: false, description: 'Field-level messages of a 400' }) fields?: { field: string; messages: string[] }[];
  @ApiProperty({ required: false }) details?: Record<string, unknown>;
}
