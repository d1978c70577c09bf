import type { components } from '../api-types.generated.js';
import type { Reader } from './plan-actions.js';

type S = components['schemas'];
export type Prospect = S['ProspectResponse'];
type Status = S['ProspectStatus'];

export type ProspectAction = 'assign' | 'creditCheck' | 'screen' | 'apply' | 'supervisorReview' | 'managerReview' | 'start' | 'report' | 'comment' | 'convert';

const OPEN: readonly Status[] = ['listed', 'investigated', 'reinvestigation_requested', 'key_prospect', 'on_hold', 'stopped', 'application_submitted', 'supervisor_approved', 'application_rejected', 'approved', 'in_development'];
const CREDIT_CHECK: readonly Status[] = ['listed', 'investigated', 'reinvestigation_requested', 'key_prospect', 'application_rejected', 'stopped'];

const has = (reader: Reader, role: string, team: string) => reader.roles.includes(role) && reader.teams.includes(team);

/**
 * The prospect decider's rules (libs/customer-development prospect.decide.ts): role and team, the
 * assigned salesperson for their own steps, the status each step needs, and the two reviews by
 * people other than the applicant.
 */
export function prospectActions(prospect: Prospect, reader: Reader): Set<ProspectAction> {
  const out = new Set<ProspectAction>();
  const s = prospect.status;
  const assignee = prospect.assignedSalespersonId === reader.id;
  if (has(reader, 'supervisor', prospect.team)) {
    if (OPEN.includes(s)) out.add('assign');
    if (s === 'investigated') out.add('screen');
    if (s === 'application_submitted' && prospect.application?.submittedBy !== reader.id) out.add('supervisorReview');
    if (prospect.reportCount > 0) out.add('comment');
  }
  if (has(reader, 'manager', prospect.team) && s === 'supervisor_approved' && prospect.application?.submittedBy !== reader.id && prospect.application?.supervisorApprovedBy !== reader.id) out.add('managerReview');
  if (has(reader, 'salesperson', prospect.team) && assignee) {
    if (CREDIT_CHECK.includes(s)) out.add('creditCheck');
    if (s === 'key_prospect' || s === 'application_rejected') out.add('apply');
    if (s === 'approved') out.add('start');
    if (s === 'in_development') {
      out.add('report');
      out.add('convert');
    }
  }
  return out;
}
