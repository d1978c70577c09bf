import type { Page } from '#app/read-store';
import type { ReportScheduleDocument } from './report-schedule.projection.js';

export type OverdueReport = Omit<ReportScheduleDocument, 'lastActivityOn' | 'inDevelopment'> & {
  /** The last report's filing day, or the development start when none was filed. */
  lastActivityOn: string;
  daysSinceLastReport: number;
  /** The first day without a report in the last `days` days. */
  overdueSince: string;
};

/** ListOverdueDevelopmentReports. */
export interface OverdueReportsPage extends Page<OverdueReport> {
  asOf: string;
  days: number;
}
