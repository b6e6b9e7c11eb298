import { route } from '../../../http/route';
import { ExportIdParams, DataExportResponse } from './account-data.schemas';
import { deleteAccount } from './account-deletion.service';
import { toDataExportResponse } from './data-exports.repository';
import { downloadExport, findExport, requestExport } from './data-exports.service';

export const accountDataRoutes = [
  route({
    method: 'post',
    path: '/v1/me/export',
    operationId: 'requestDataExport',
    tag: 'auth',
    access: 'user',
    summary:
      'Ask for a copy of everything we hold about you (profile, payout details, listings, orders, messages, reviews, ledger lines, security events, sessions) ' +
      'as a zip of JSON files. It is built in the background: poll GET /v1/me/exports/{id}, then download it. While one is being built, asking again returns it.',
    rateLimit: [{ budget: 'create', per: 'user' }],
    responses: { 202: { description: 'The export, pending', schema: DataExportResponse } },
    handler: async ({ ctx, user }) => ({ status: 202, body: toDataExportResponse(await requestExport(ctx, user.id)) }),
  }),
  route({
    method: 'get',
    path: '/v1/me/exports/:id',
    operationId: 'getDataExport',
    tag: 'auth',
    access: 'user',
    summary: 'Where one of your data exports stands',
    params: ExportIdParams,
    responses: { 200: { description: 'The export', schema: DataExportResponse }, 404: { description: 'No such export of yours (or it expired)' } },
    handler: async ({ ctx, user, params }) => ({ status: 200, body: toDataExportResponse(await findExport(ctx, user.id, params.id)) }),
  }),
  route({
    method: 'get',
    path: '/v1/me/exports/:id/download',
    operationId: 'downloadDataExport',
    tag: 'auth',
    access: 'user',
    summary: 'Download a ready data export: a zip with one JSON file per kind of data and a README.txt describing them',
    params: ExportIdParams,
    responses: {
      200: { description: 'The zip archive', contentTypes: ['application/zip'] },
      404: { description: 'No such export of yours, not ready yet, failed or expired' },
    },
    handler: async ({ ctx, user, params }) => {
      const { archive, requestedAt } = await downloadExport(ctx, user.id, params.id);
      return {
        status: 200,
        body: archive,
        headers: {
          'Content-Type': 'application/zip',
          'Content-Disposition': `attachment; filename="agora-data-${requestedAt.toISOString().slice(0, 10)}.zip"`,
          'Cache-Control': 'private, no-store',
        },
      };
    },
  }),
  route({
    method: 'delete',
    path: '/v1/me',
    operationId: 'deleteAccount',
    tag: 'auth',
    access: 'user',
    summary:
      'Delete your account (step-up first: POST /v1/auth/step-up). Refused while an order or dispute is open, money is in escrow or on your balance, ' +
      'or a payout is under way, and for staff accounts. Your personal data is erased, your listings closed and every session ended; orders, ledger lines, reviews, the audit ' +
      'trail and fraud records stay, under the name "Deleted user". A confirmation is mailed to your address.',
    rateLimit: [
      { budget: 'auth_account', per: 'user' },
      { budget: 'auth_ip', per: 'ip' },
    ],
    responses: {
      204: { description: 'Deleted; this session no longer works' },
      403: { description: 'step_up_required: prove it is you first' },
      409: { description: 'account_has_open_obligations: errors names each (open_orders, open_disputes, escrow, balance, payouts, staff_roles)' },
    },
    handler: async ({ ctx, user, token, ip, header }) => {
      await deleteAccount(ctx, user.id, token, { ip, userAgent: header('user-agent') });
      return { status: 204 };
    },
  }),
];
