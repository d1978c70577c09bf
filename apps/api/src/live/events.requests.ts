import { ApiProperty } from '@nestjs/swagger';
import { Matches, MaxLength } from 'class-validator';

export class EventStreamRequest {
  @ApiProperty({ description: 'A ticket from POST /api/events/tickets (one use, 60 s)' })
  @MaxLength(4096)
  @Matches(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/, { message: 'ticket must be a ticket from POST /api/events/tickets' })
  ticket!: string;

  @ApiProperty({ example: 'tracking-sheet,plans-list', description: 'Comma-separated projection names' })
  @MaxLength(1000)
  @Matches(/^[a-z0-9][a-z0-9_-]*(,[a-z0-9][a-z0-9_-]*)*$/, { message: 'projections must be comma-separated projection names' })
  projections!: string;
}
