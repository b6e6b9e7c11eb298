import { sign } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { AppContext } from '../../../context';
import type { DB } from '../../../db/schema';
import { type AuditSigner, loadSigningKey } from './audit-keys';
import { seqNumber } from './audit-hash';
import { chainHead, sealAuditBacklog } from './audit-seal';
import { canonicalJson } from './canonical-json';

export interface AuditCheckpoint {
  seq: number;
  entryHash: Buffer;
  signedAt: Date;
  keyId: string;
  signature: Buffer;
}

/** The signed bytes; the type tag keeps a checkpoint signature from meaning anything else. */
export function checkpointMessage(cp: Omit<AuditCheckpoint, 'signature'>): Buffer {
  return Buffer.from(
    canonicalJson({
      type: 'agora.audit.checkpoint.v1',
      seq: cp.seq,
      entry_hash: cp.entryHash.toString('hex'),
      signed_at: cp.signedAt,
      key_id: cp.keyId,
    }),
    'utf8',
  );
}

type CheckpointContext = Pick<AppContext, 'db' | 'config' | 'clock'>;

/**
 * Seals every entry committed so far, then signs the chain's head with Ed25519 when it moved since
 * the last checkpoint; returns the new checkpoint, or null when there was nothing to sign. Sealed
 * entries never change, so the head is read after the sealer's commit without its lock.
 */
export async function checkpointAudit(ctx: CheckpointContext, signer?: AuditSigner): Promise<AuditCheckpoint | null> {
  const key = signer ?? loadSigningKey(ctx.config, { create: true });
  await sealAuditBacklog(ctx.db, { wait: true });
  const head = await chainHead(ctx.db);
  if (!head) return null;
  const last = await lastCheckpointSeq(ctx.db);
  if (last !== null && last >= seqNumber(head.seq)) return null;
  const unsigned = { seq: seqNumber(head.seq), entryHash: head.entry_hash, signedAt: ctx.clock.now(), keyId: key.keyId };
  const checkpoint = { ...unsigned, signature: sign(null, checkpointMessage(unsigned), key.privateKey) };
  // Two workers may sign the same head; the first one's checkpoint stands.
  const inserted = await ctx.db
    .insertInto('audit_checkpoints')
    .values({ seq: checkpoint.seq, entry_hash: checkpoint.entryHash, signed_at: checkpoint.signedAt, key_id: checkpoint.keyId, signature: checkpoint.signature })
    .onConflict((oc) => oc.column('seq').doNothing())
    .executeTakeFirst();
  return inserted.numInsertedOrUpdatedRows === 0n ? null : checkpoint;
}

async function lastCheckpointSeq(db: Kysely<DB>): Promise<number | null> {
  const row = await db.selectFrom('audit_checkpoints').select('seq').orderBy('seq', 'desc').limit(1).executeTakeFirst();
  return row ? seqNumber(row.seq) : null;
}

export interface CheckpointTimer {
  stop(): Promise<void>;
}

/** Checkpoints every intervalMs with a key loaded once at start (a bad key fails the start). */
export function startAuditCheckpoints(ctx: CheckpointContext & Pick<AppContext, 'logger'>, intervalMs: number): CheckpointTimer {
  const signer = loadSigningKey(ctx.config, { create: true });
  const log = ctx.logger.child({ module: 'audit-checkpoint' });
  let running: Promise<void> | null = null;
  const tick = () => {
    if (running) return; // a slow checkpoint is not stacked on
    running = checkpointAudit(ctx, signer)
      .then((cp) => {
        if (cp) log.debug({ seq: cp.seq, key_id: cp.keyId }, 'audit checkpoint signed');
      })
      .catch((err: unknown) => log.error({ err }, 'audit checkpoint failed'))
      .finally(() => {
        running = null;
      });
  };
  const timer = setInterval(tick, intervalMs);
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
