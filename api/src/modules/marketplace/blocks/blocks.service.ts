import type { Kysely, Transaction } from 'kysely';
import type { AppContext } from '../../../context';
import type { DB } from '../../../db/schema';
import { forbidden, invalid, notFound } from '../../../errors';
import { userExists } from '../users';
import { type Block, deleteBlock, findBlock, insertBlock, isBlockedBetween } from './blocks.repository';

/** Blocking is idempotent: `created` says whether this call made the block. */
export async function blockUser(ctx: AppContext, blockerId: string, blockedId: string): Promise<{ block: Block; created: boolean }> {
  if (blockerId === blockedId) throw invalid('cannot_block_self', 'You cannot block yourself', 'user_id');
  if (!(await userExists(ctx.db, blockedId))) throw notFound('User');
  const created = await insertBlock(ctx.db, blockerId, blockedId, ctx.clock.now());
  return { block: (await findBlock(ctx.db, blockerId, blockedId))!, created };
}

/** Unblocking someone you had not blocked is a 404: the client's view of the list was stale. */
export async function unblockUser(ctx: AppContext, blockerId: string, blockedId: string): Promise<void> {
  if (!(await deleteBlock(ctx.db, blockerId, blockedId))) throw notFound('Block');
}

/** The refusal every enforcing module throws: the same code wherever a block stops an interaction. */
export async function assertNotBlocked(db: Kysely<DB> | Transaction<DB>, a: string, b: string): Promise<void> {
  if (await isBlockedBetween(db, a, b)) throw forbidden('One of you has blocked the other', 'blocked');
}
