import type { AppContext } from '../../../context';
import { inTransaction } from '../../../db/transaction';
import { notFound } from '../../../errors';
import { buildArchive } from './export-archive';
import {
  claimPendingExport,
  type DataExport,
  deleteExpiredExports,
  findDataExport,
  findPendingExport,
  insertDataExport,
  markExportFailed,
  readArchive,
  storeArchive,
} from './data-exports.repository';

const DAY_MS = 86_400_000;

/**
 * Asks for an export of everything we hold about the user. The request is a `pending` row and nothing
 * more: the worker builds it (runDataExports), so a crash or a restart loses nothing, and the row is
 * the queue. While one is pending, asking again returns it instead of queueing another.
 */
export async function requestExport(ctx: AppContext, userId: string): Promise<DataExport> {
  const now = ctx.clock.now();
  return inTransaction(ctx.db, async (trx) => {
    const pending = await findPendingExport(trx, userId);
    return pending ?? (await insertDataExport(trx, { user_id: userId, requested_at: now, expires_at: expiryFrom(ctx, now) }));
  });
}

export async function findExport(ctx: AppContext, userId: string, id: string): Promise<DataExport> {
  const found = await findDataExport(ctx.db, userId, id);
  if (!found) throw notFound('Export');
  return found;
}

/** The zip of a ready export; one that is still pending or failed, or expired and deleted, is not found. */
export async function downloadExport(ctx: AppContext, userId: string, id: string): Promise<{ archive: Buffer; requestedAt: Date }> {
  const found = await findExport(ctx, userId, id);
  const archive = found.status === 'ready' ? await readArchive(ctx.db, ctx.keyring, userId, id) : undefined;
  if (!archive) throw notFound('Ready export');
  return { archive, requestedAt: found.requested_at };
}

/**
 * The worker's job: builds every pending export, one transaction each (REPEATABLE READ, so the files
 * agree with one another), then deletes expired ones. An export that cannot be built is marked failed
 * rather than retried forever; the user can ask again.
 */
export async function runDataExports(ctx: AppContext): Promise<{ built: number; failed: number; deleted: number }> {
  let built = 0;
  let failed = 0;
  for (;;) {
    let claimed: string | undefined;
    try {
      const done = await inTransaction(
        ctx.db,
        async (trx) => {
          const next = await claimPendingExport(trx);
          if (!next) return false;
          claimed = next.id;
          const now = ctx.clock.now();
          const archive = await buildArchive({ db: trx, keyring: ctx.keyring, userId: next.user_id, now });
          await storeArchive(trx, ctx.keyring, next.id, archive, now, expiryFrom(ctx, now));
          return true;
        },
        { isolation: 'repeatable read' },
      );
      if (!done) break;
      built += 1;
    } catch (err) {
      if (!claimed) throw err;
      ctx.logger.error({ err, export: claimed }, 'data export failed');
      await markExportFailed(ctx.db, claimed, ctx.clock.now());
      failed += 1;
    }
  }
  const deleted = await deleteExpiredExports(ctx.db, ctx.clock.now());
  return { built, failed, deleted };
}

const expiryFrom = (ctx: AppContext, from: Date) => new Date(from.getTime() + ctx.config.DATA_EXPORT_TTL_DAYS * DAY_MS);
