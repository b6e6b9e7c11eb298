import type { Transaction } from 'kysely';
import type { AppContext } from '../../../context';
import { lockExternalObject } from '../../../db/advisory-lock';
import type { DB, SellerAccountRow } from '../../../db/schema';
import { inTransaction } from '../../../db/transaction';
import { type DomainEvent, appendEvents } from '../../platform/outbox';
import type { PaymentProvider } from '../../../adapters/payment-providers';
import { findSellerAccount, findSellerAccountByAccountId, saveSellerAccount, updateSellerAccountFlags } from './seller-accounts.repository';

export interface OnboardingUrls {
  returnUrl: string;
  refreshUrl: string;
}

const accountEvent = (type: string, row: SellerAccountRow, now: Date): DomainEvent => ({
  type,
  aggregateType: 'user',
  aggregateId: row.user_id,
  occurredAt: now,
  payload: { user_id: row.user_id, provider: row.provider, account_id: row.account_id, charges_enabled: row.charges_enabled, payouts_enabled: row.payouts_enabled },
});

/**
 * The caller's provider account, created on first use, with a fresh onboarding link. Idempotent per
 * user: the provider call's key is the user id, so a retry or a concurrent request gets the same account.
 */
export async function openSellerAccount(ctx: AppContext, user: { id: string; email: string }, urls: OnboardingUrls) {
  const existing = await findSellerAccount(ctx.db, user.id);
  const row =
    existing?.provider === ctx.payments.name
      ? // Not retried: the callback asks the provider for the account.
        await inTransaction(ctx.db, async (trx) => (await syncSellerAccount(trx, ctx.payments, existing.account_id, ctx.clock.now()))!, { retry: false })
      : await createSellerAccount(ctx, user);
  const link = await ctx.payments.onboardingLink({ accountId: row.account_id, returnUrl: urls.returnUrl, refreshUrl: urls.refreshUrl });
  return { account: row, onboardingUrl: link.url };
}

async function createSellerAccount(ctx: AppContext, user: { id: string; email: string }): Promise<SellerAccountRow> {
  const account = await ctx.payments.createSellerAccount({ userId: user.id, email: user.email, idempotencyKey: `seller_account:${user.id}` });
  return inTransaction(ctx.db, async (trx) => {
    const now = ctx.clock.now();
    const { row, created } = await saveSellerAccount(trx, {
      user_id: user.id,
      provider: ctx.payments.name,
      account_id: account.accountId,
      charges_enabled: account.chargesEnabled,
      payouts_enabled: account.payoutsEnabled,
      updated_at: now,
    });
    if (created) await appendEvents(trx, [accountEvent('seller_account.created', row, now)]);
    return row;
  });
}

/**
 * Copies the provider's current view of an account onto its row (the provider is the source of truth
 * for the gates). Re-fetches rather than trusting a webhook's snapshot, under a lock per account, so
 * stale or reordered deliveries cannot roll the flags back. Undefined for an account that is not ours.
 */
export async function syncSellerAccount(trx: Transaction<DB>, provider: PaymentProvider, accountId: string, now: Date): Promise<SellerAccountRow | undefined> {
  await lockExternalObject(trx, `seller_account:${accountId}`);
  const row = await findSellerAccountByAccountId(trx, accountId);
  if (!row) return undefined;
  const current = await provider.retrieveSellerAccount(accountId);
  if (row.charges_enabled === current.chargesEnabled && row.payouts_enabled === current.payoutsEnabled) return row;
  const updated = await updateSellerAccountFlags(trx, accountId, { charges_enabled: current.chargesEnabled, payouts_enabled: current.payoutsEnabled }, now);
  await appendEvents(trx, [accountEvent('seller_account.updated', updated, now)]);
  return updated;
}
