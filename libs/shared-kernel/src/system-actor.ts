import { deterministicUuid, type Actor, type CommandContext, type RecordedEvent } from '#app/eventsourcing';

/** Who acts when an event-driven process issues a command. */
export const SYSTEM_ACTOR: Actor = { id: 'system', name: 'salesflow', roles: [], teams: [] };

/**
 * The context of a command a process issues in answer to an event: the system actor, a command id
 * derived from the event (so a replay is recognised in the target stream), the event's correlation,
 * and the event's command as the cause.
 */
export function processCommandContext(event: RecordedEvent, commandKey: string, now: Date): CommandContext {
  const metadata = event.metadata as { correlationId?: string; commandId?: string };
  return {
    actor: SYSTEM_ACTOR,
    actingRole: 'system',
    commandId: deterministicUuid(commandKey),
    correlationId: metadata.correlationId ?? event.id,
    causationId: metadata.commandId ?? event.id,
    now,
  };
}
