import { PageQuery, page, pageResponse } from '../../../http/pagination';
import { route } from '../../../http/route';
import { FraudCaseResponse, listFraudCases, toFraudCaseResponse } from '../../trust-safety/fraud-cases';
import { AdminOrderResponse, listAllOrders, toAdminOrderResponse } from '../../marketplace/orders';
import { listReportsInvolving, toReportResponse } from '../../trust-safety/reports';
import { UserIdParams } from '.';
import { mustBeAnotherUser } from '../../marketplace/users';
import { searchUsers, toUserDetailResponse, toUserListResponse } from './user-admin.repository';
import { viewUser } from './user-admin.service';
import { UserDetailResponse, UserListItem, UserReportResponse, UserSearchQuery } from './user-admin.schemas';

const PageOnly = PageQuery.strict();
// Lists under an unknown user (or the caller themself) are a 404, not an empty page; they never show what the caller is a party to.
const missing = { 404: { description: 'No such user (or the caller themself)' } };

export const userAdminRoutes = [
  route({
    method: 'get',
    path: '/v1/admin/users',
    operationId: 'adminListUsers',
    tag: 'admin',
    access: 'users.read',
    summary: 'Users newest first (never the caller); q matches an id, an email prefix or part of the display name',
    query: UserSearchQuery,
    responses: { 200: { description: 'A page of users', schema: pageResponse(UserListItem) } },
    handler: async ({ ctx, user, query }) => ({ status: 200, body: page(await searchUsers(ctx.db, { ...query, viewerId: user.id }), query.limit, toUserListResponse) }),
  }),
  route({
    method: 'get',
    path: '/v1/admin/users/:id',
    operationId: 'adminGetUser',
    tag: 'admin',
    access: 'users.read',
    summary: 'A user with their roles, permissions and moderation state (every view is audited)',
    params: UserIdParams,
    responses: { 200: { description: 'The user', schema: UserDetailResponse }, ...missing },
    handler: async ({ ctx, user, params }) => ({ status: 200, body: toUserDetailResponse(await viewUser(ctx, user.id, params.id)) }),
  }),
  route({
    method: 'get',
    path: '/v1/admin/users/:id/orders',
    operationId: 'adminListUserOrders',
    tag: 'admin',
    access: 'users.read',
    summary: 'Orders the user bought or sold, newest first',
    params: UserIdParams,
    query: PageOnly,
    responses: { 200: { description: 'A page of orders', schema: pageResponse(AdminOrderResponse) }, ...missing },
    handler: async ({ ctx, user, params, query }) => {
      await mustBeAnotherUser(ctx.db, params.id, user.id);
      return { status: 200, body: page(await listAllOrders(ctx.db, { ...query, partyId: params.id, viewerId: user.id }), query.limit, toAdminOrderResponse) };
    },
  }),
  route({
    method: 'get',
    path: '/v1/admin/users/:id/fraud-cases',
    operationId: 'adminListUserFraudCases',
    tag: 'admin',
    access: 'fraud_cases.read',
    summary: 'Fraud cases with the user as subject, newest first',
    params: UserIdParams,
    query: PageOnly,
    responses: { 200: { description: 'A page of cases', schema: pageResponse(FraudCaseResponse) }, ...missing },
    handler: async ({ ctx, user, params, query }) => {
      await mustBeAnotherUser(ctx.db, params.id, user.id);
      return { status: 200, body: page(await listFraudCases(ctx.db, { ...query, subjectId: params.id, viewerId: user.id }), query.limit, toFraudCaseResponse) };
    },
  }),
  route({
    method: 'get',
    path: '/v1/admin/users/:id/reports',
    operationId: 'adminListUserReports',
    tag: 'admin',
    access: 'reports.read',
    summary: 'Reports filed by the user (relation by) or against them or their listings (relation against), newest first',
    params: UserIdParams,
    query: PageOnly,
    responses: { 200: { description: 'A page of reports', schema: pageResponse(UserReportResponse) }, ...missing },
    handler: async ({ ctx, user, params, query }) => {
      await mustBeAnotherUser(ctx.db, params.id, user.id);
      return {
        status: 200,
        body: page(await listReportsInvolving(ctx.db, params.id, { ...query, viewerId: user.id }), query.limit, (r) => ({ ...toReportResponse(r), relation: r.relation })),
      };
    },
  }),
];
