export { isReportParty } from './report-party';
export { listReportsInvolving, toReportResponse } from './reports.repository';
export { ReportResponse } from './reports.schemas';
export { reportsRoutes } from './reports.routes';
export { createReport } from './reports.service';
