import { CommandRoute as SharedCommandRoute } from '../http/command-route.js';

/** One task-based command route: operationId is the command's name. */
export const CommandRoute = (operationId: string, summary: string, ok: { status: number; type: unknown }) =>
  SharedCommandRoute(operationId, summary, ok, 'Wrong role, team or assignee, or reviewing your own submission');
