import type { Kysely } from 'kysely';
import type { AppContext } from '../../../context';
import type { DB } from '../../../db/schema';
import { DomainError } from '../../../errors';
import { hashToken } from './tokens';

/**
 * Sensitive changes (payouts and their details, email, second factor, deleting the account) need the
 * session's owner to have proved who they are within STEP_UP_MINUTES: a stolen session token alone
 * cannot take the money or the account.
 */
export async function assertSteppedUp(ctx: AppContext, token: string): Promise<void> {
  const row = await ctx.db.selectFrom('sessions').select('stepped_up_at').where('token_hash', '=', hashToken(token)).executeTakeFirst();
  const freshSince = ctx.clock.now().getTime() - ctx.config.STEP_UP_MINUTES * 60_000;
  if (!row?.stepped_up_at || row.stepped_up_at.getTime() < freshSince) {
    throw new DomainError(
      'forbidden',
      'step_up_required',
      `Confirm it is you first: POST /v1/auth/step-up with your password (or a second-factor code when two-step verification is on); it holds for ${ctx.config.STEP_UP_MINUTES} minutes`,
    );
  }
}

export async function markSteppedUp(db: Kysely<DB>, token: string, now: Date): Promise<void> {
  await db.updateTable('sessions').set({ stepped_up_at: now }).where('token_hash', '=', hashToken(token)).execute();
}
