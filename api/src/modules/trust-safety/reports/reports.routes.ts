import { PageQuery, page, pageResponse } from '../../../http/pagination';
import { CREATES_CONTENT, route } from '../../../http/route';
import { MessageContextResponse } from '../../marketplace/conversations';
import { reportQueue, reportedMessageContext } from './report-context';
import { toQueuedReportResponse, toReportResponse } from './reports.repository';
import { CreateReportBody, DecidedReportResponse, DecisionBody, QueuedReportResponse, ReportIdParams, ReportQueueQuery, ReportResponse } from './reports.schemas';
import { createReport, decideReport } from './reports.service';

export const reportsRoutes = [
  route({
    method: 'post',
    path: '/v1/reports',
    operationId: 'createReport',
    tag: 'reports',
    access: 'user',
    idempotent: true,
    rateLimit: CREATES_CONTENT,
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
    method: 'get',
    path: '/v1/admin/reports',
    operationId: 'adminListReports',
    tag: 'admin',
    access: 'reports.read',
    summary: 'The report queue, newest first, with the open report count per target; never a report the caller filed or that is on them or theirs',
    query: PageQuery.extend(ReportQueueQuery.shape).strict(),
    responses: { 200: { description: 'A page of reports', schema: pageResponse(QueuedReportResponse) } },
    handler: async ({ ctx, user, query }) => ({ status: 200, body: page(await reportQueue(ctx, { ...query, viewerId: user.id }), query.limit, toQueuedReportResponse) }),
  }),
  route({
    method: 'get',
    path: '/v1/admin/reports/:id/context',
    operationId: 'adminReportedMessageContext',
    tag: 'admin',
    access: 'reports.read',
    summary: 'A reported conversation message in its context: up to 10 messages before and after it, oldest first, with author names (the read is audited)',
    params: ReportIdParams,
    responses: {
      200: { description: 'The message and its neighbours', schema: MessageContextResponse },
      404: { description: 'No such report on a conversation message (or one you are a party to)' },
    },
    handler: async ({ ctx, user, params }) => ({ status: 200, body: await reportedMessageContext(ctx, user.id, params.id) }),
  }),
  route({
    method: 'post',
    path: '/v1/admin/reports/:id/decision',
    operationId: 'adminDecideReport',
    tag: 'admin',
    access: 'reports.decide',
    idempotent: true,
    summary:
      'Action a report (remove the listing or request changes; warn or suspend the user, in the same transaction) or dismiss it; other open reports on the target are decided with it',
    params: ReportIdParams,
    body: DecisionBody,
    responses: {
      200: { description: 'The decided report', schema: DecidedReportResponse },
      403: { description: 'Not allowed (only an admin may suspend an admin)' },
      404: { description: 'No such report (or the caller filed it, or it is on them or theirs)' },
      409: { description: 'report_decided, or the action does not apply to the target now (listing_not_moderatable, already_suspended)' },
      422: { description: 'action_not_for_target: the action does not fit the report’s target type' },
    },
    handler: async ({ ctx, user, params, body }) => {
      const { report, alsoDecided } = await decideReport(ctx, user.id, params.id, body);
      return { status: 200, body: { ...toReportResponse(report), also_decided: alsoDecided.map((r) => r.id) } };
    },
  }),
];
