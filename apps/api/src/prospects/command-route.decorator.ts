import { CommandRoute as SharedCommandRoute, type CommandSuccess } from '../http/command-route.js';

/** One task-based command route of customer development: operationId is the command's name. */
export const CommandRoute = (operationId: string, summary: string, ok: CommandSuccess) =>
  SharedCommandRoute(operationId, summary, ok, 'Wrong role, team or assignee, or reviewing your own submission (AUTH.ROLE_REQUIRED, AUTH.TEAM_FORBIDDEN, PROSPECT.NOT_ASSIGNEE, AUTH.SELF_APPROVAL)');
