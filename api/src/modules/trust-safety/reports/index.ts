export { isReportParty } from './report-party';
export { listReportsInvolving, reportExists, toReportResponse } from './reports.repository';
export { ReportResponse } from './reports.schemas';
export { createReport } from './reports.service';
