import { ApiProperty } from '@nestjs/swagger';

/** What POST /api/events/tickets answers (mirrors Ticket of event-tickets.ts). */
export class EventStreamTicketResponse {
  @ApiProperty({ description: 'One use, for GET /api/events/stream?ticket=…; never a bearer token' }) ticket!: string;
  @ApiProperty({ format: 'date-time', description: '60 s from now, or the bearer token’s expiry if sooner' }) expiresAt!: string;
}
