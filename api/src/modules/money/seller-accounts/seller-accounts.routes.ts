import { notFound } from '../../../errors';
import { route } from '../../../http/route';
import type { SellerAccountRow } from '../../../db/schema';
import { findSellerAccount } from './seller-accounts.repository';
import { OpenSellerAccountBody, OpenSellerAccountResponse, SellerAccountResponse } from './seller-accounts.schemas';
import { openSellerAccount } from './seller-accounts.service';

const toResponse = (row: SellerAccountRow) => ({ account_id: row.account_id, charges_enabled: row.charges_enabled, payouts_enabled: row.payouts_enabled });

export const sellerAccountsRoutes = [
  route({
    method: 'post',
    path: '/v1/me/seller-account',
    operationId: 'openSellerAccount',
    tag: 'sellers',
    access: 'user',
    summary: "Open (or refresh) the caller's payment account and get a link to finish onboarding at the provider. Selling needs charges_enabled, payouts need payouts_enabled.",
    body: OpenSellerAccountBody,
    responses: { 200: { description: 'The account as the provider reports it, with a fresh onboarding link', schema: OpenSellerAccountResponse } },
    handler: async ({ ctx, user, body }) => {
      const { account, onboardingUrl } = await openSellerAccount(ctx, user, { returnUrl: body.return_url, refreshUrl: body.refresh_url ?? body.return_url });
      return { status: 200, body: { ...toResponse(account), onboarding_url: onboardingUrl } };
    },
  }),
  route({
    method: 'get',
    path: '/v1/me/seller-account',
    operationId: 'getMySellerAccount',
    tag: 'sellers',
    access: 'user',
    summary: "The caller's payment account and its gates",
    responses: { 200: { description: 'The account', schema: SellerAccountResponse }, 404: { description: 'No account opened yet' } },
    handler: async ({ ctx, user }) => {
      const account = await findSellerAccount(ctx.db, user.id);
      if (!account) throw notFound('Seller account');
      return { status: 200, body: toResponse(account) };
    },
  }),
];
