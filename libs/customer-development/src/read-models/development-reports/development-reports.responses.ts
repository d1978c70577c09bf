import type { Money } from '#app/shared-kernel';
import type { ContactMethod, DevelopmentStage } from '../../prospect/prospect.events.js';

/** A supervisor's comment on a development report (the form's 主管意见). */
export interface ReportComment {
  comment: string;
  commentedBy: string;
  commentedAt: string;
}

/** One customer development form 客户开发表. */
export interface DevelopmentReportEntry {
  reportNumber: number;
  visitDate: string;
  method: ContactMethod;
  discussed: string;
  result: string;
  stage: DevelopmentStage;
  nextStep: string;
  expectedDealValue: Money | null;
  problems: string | null;
  filedBy: string;
  filedAt: string;
  supervisorComments: ReportComment[];
}

/** GetDevelopmentReports: a prospect's development reports with the supervisor's comments, oldest first. */
export interface DevelopmentReportsDocument {
  id: string;
  prospectId: string;
  team: string;
  name: string;
  /** The salesperson the prospect is assigned to (whose row it is); null while unassigned. */
  assignedSalespersonId: string | null;
  reports: DevelopmentReportEntry[];
  lastPosition: number;
}
