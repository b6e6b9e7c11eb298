import type { AppContext } from '../../../context';
import { inTransaction } from '../../../db/transaction';
import { sealLegacyBatch } from './messages.repository';

const BATCH = 500;

/**
 * Seals the messages the conversations migration copied from order threads as plaintext (a migration
 * cannot encrypt), a batch per transaction, until none is left; returns how many. The worker runs it;
 * readers accept both forms meanwhile.
 */
export async function sealLegacyMessages(ctx: AppContext): Promise<number> {
  let total = 0;
  for (;;) {
    const sealed = await inTransaction(ctx.db, (trx) => sealLegacyBatch(trx, ctx.keyring, BATCH));
    total += sealed;
    if (sealed < BATCH) return total;
  }
}
