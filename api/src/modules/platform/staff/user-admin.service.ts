import type { AppContext } from '../../../context';
import { inTransaction } from '../../../db/transaction';
import { notFound } from '../../../errors';
import { appendAudit } from '../audit';
import { findUserDetail } from './user-admin.repository';

/** Another user's record as staff see it; every view is audited (who looked at whom), in the read's transaction. */
export async function viewUser(ctx: AppContext, staffId: string, userId: string) {
  const now = ctx.clock.now();
  return inTransaction(ctx.db, async (trx) => {
    const user = await findUserDetail(trx, userId);
    // One's own record is closed on staff routes (see mustBeAnotherUser).
    if (!user || userId === staffId) throw notFound('User');
    await appendAudit(trx, { actorId: staffId, action: 'user.viewed', entityType: 'user', entityId: userId, details: {}, at: now });
    return user;
  });
}
