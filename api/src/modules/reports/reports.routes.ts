import { PageQuery, page, pageResponse } from '../../http/pagination';
import { route } from '../../http/route';
import { listReports, toQueuedReportResponse, toReportResponse } from './reports.repository';
import { CreateReportBody, DecisionBody, QueuedReportResponse, ReportIdParams, ReportQueueQuery, ReportResponse } from './reports.schemas';
import { createReport, decideReport } from './reports.service';

export const reportsRoutes = [
  route({
    method: 'post', path: '/v1/reports', tag: 'reports', access: 'user', idempotent: true,
    summary: 'Report a listing, a user, a message (of an order you are a party to) or a visible review to the moderators (a reported review is held in the review queue)',
    body: CreateReportBody,
    responses: {
      201: { description: 'Report queued', schema: ReportResponse },
      404: { description: 'No such target' },
      409: { description: 'report_already_open: you already reported this target' },
      422: { description: 'own_target: you cannot report yourself or your own listing' },
    },
    handler: async ({ ctx, user, body }) => ({ status: 201, body: toReportResponse(await createReport(ctx, user.id, body)) }),
  }),
  route({
    method: 'get', path: '/v1/admin/reports', tag: 'admin', access: 'reports.read', summary: 'The report queue, newest first, with the open report count per target',
    query: PageQuery.extend(ReportQueueQuery.shape).strict(),
    responses: { 200: { description: 'A page of reports', schema: pageResponse(QueuedReportResponse) } },
    handler: async ({ ctx, query }) => ({ status: 200, body: page(await listReports(ctx.db, query), query.limit, toQueuedReportResponse) }),
  }),
  route({
    method: 'post', path: '/v1/admin/reports/:id/decision', tag: 'admin', access: 'reports.decide', idempotent: true,
    summary: 'Action or dismiss a report (records the verdict only; removing the listing or suspending the user is a later slice)',
    params: ReportIdParams,
    body: DecisionBody,
    responses: { 200: { description: 'The decided report', schema: ReportResponse }, 404: { description: 'No such report' }, 409: { description: 'Already decided' } },
    handler: async ({ ctx, user, params, body }) => ({ status: 200, body: toReportResponse(await decideReport(ctx, user.id, params.id, body.decision, body.note)) }),
  }),
];
