import { ForbiddenError, IllegalStateError, type Actor } from '#app/eventsourcing';

/** Development work on a prospect is done by the salesperson it is assigned to; the supervisor reassigns. */
export function requireAssignee(actor: Actor, prospect: { prospectId: string; assignedSalespersonId?: string }): void {
  if (prospect.assignedSalespersonId === undefined) {
    throw new IllegalStateError('PROSPECT.NOT_ASSIGNED', 'The prospect is not assigned to a salesperson yet', { prospectId: prospect.prospectId });
  }
  if (prospect.assignedSalespersonId !== actor.id) {
    throw new ForbiddenError('PROSPECT.NOT_ASSIGNEE', 'Only the salesperson the prospect is assigned to may do this', {
      prospectId: prospect.prospectId,
      assignedSalespersonId: prospect.assignedSalespersonId,
    });
  }
}
