import { type KeyObject, verify } from 'node:crypto';
import { type Kysely, type Transaction, sql } from 'kysely';
import type { DB } from '../../../db/schema';
import { inTransaction } from '../../../db/transaction';
import { checkpointMessage } from './audit-checkpoint';
import { type ChainedFields, GENESIS_HASH, entryHash, seqNumber } from './audit-hash';
import type { TrustedKeys } from './audit-keys';

export type AuditProblemKind =
  | 'missing_entry' // a seq gap: entries were deleted
  | 'unexpected_entry' // a duplicate or non-positive seq: an entry was inserted
  | 'prev_hash_mismatch' // the link to the previous entry is broken: inserted, deleted or reordered
  | 'entry_hash_mismatch' // the entry's fields no longer hash to its entry_hash: edited or moved
  | 'checkpoint_unknown_key' // signed by a key this verifier does not trust
  | 'checkpoint_bad_signature' // the checkpoint was altered or forged
  | 'checkpoint_mismatch' // the chain no longer holds the signed entry: rewritten or truncated
  | 'unsealed_stale'; // not tampering: entries left unsealed past the threshold, the sealer is not running

export interface AuditProblem {
  kind: AuditProblemKind;
  /** The entry's or checkpoint's seq (null for the unsealed backlog). */
  seq: number | null;
  /** audit_log.id of the entry concerned, when there is one. */
  id?: string;
  message: string;
}

export interface AuditVerification {
  /** No tampering found among the sealed entries and checkpoints (a stale backlog does not count). */
  intact: boolean;
  /** Sealed entries. */
  entries: number;
  /** Entries not sealed yet, and when the oldest of them says it was made. */
  unsealed: { count: number; oldestAt: Date | null };
  head: { seq: number; entryHash: string } | null;
  checkpoints: number;
  lastCheckpoint: { seq: number; signedAt: Date; keyId: string } | null;
  problemCount: number;
  /** The first `maxProblems`; `onProblem` sees every one. */
  problems: AuditProblem[];
}

export interface VerifyOptions {
  batchSize?: number;
  /** An unsealed entry older than this is a problem (default 5 minutes). */
  staleAfterMs?: number;
  /** The verifier's clock, for the age of unsealed entries. */
  now?: Date;
  maxProblems?: number;
  onProblem?: (problem: AuditProblem) => void;
}

/**
 * Walks the whole chain in seq order, in keyset batches from one consistent snapshot, and checks
 * every link, every entry hash and every checkpoint against the trusted keys. Stored checkpoints
 * only count when a trusted key signed them; stored entry hashes are only ever compared.
 *
 * Unsealed entries are only counted: the chain guarantees nothing about an entry before it is
 * sealed, so one edited while still unsealed is sealed as edited and goes unnoticed. A backlog
 * older than `staleAfterMs` (by created_at, the time the caller gave the entry) means the sealer
 * is not running, which widens that window; it is reported, but not as tampering.
 */
export async function verifyAuditChain(db: Kysely<DB>, keys: TrustedKeys, opts: VerifyOptions = {}): Promise<AuditVerification> {
  return inTransaction(db, (trx) => walk(trx, keys, opts), { isolation: 'repeatable read', readOnly: true });
}

async function walk(trx: Transaction<DB>, keys: TrustedKeys, opts: VerifyOptions): Promise<AuditVerification> {
  const batchSize = opts.batchSize ?? 5000;
  const maxProblems = opts.maxProblems ?? 1000;
  const result: AuditVerification = {
    intact: true,
    entries: 0,
    unsealed: { count: 0, oldestAt: null },
    head: null,
    checkpoints: 0,
    lastCheckpoint: null,
    problemCount: 0,
    problems: [],
  };
  const report = (problem: AuditProblem) => {
    if (problem.kind !== 'unsealed_stale') result.intact = false;
    result.problemCount += 1;
    if (result.problems.length < maxProblems) result.problems.push(problem);
    opts.onProblem?.(problem);
  };

  const unsealed = await trx
    .selectFrom('audit_log')
    .select((eb) => [eb.fn.countAll<string>().as('count'), eb.fn.min('created_at').as('oldest')])
    .where('seq', 'is', null)
    .executeTakeFirstOrThrow();
  result.unsealed = { count: Number(unsealed.count), oldestAt: unsealed.oldest };
  const staleAfterMs = opts.staleAfterMs ?? 5 * 60_000;
  if (unsealed.oldest && (opts.now ?? new Date()).getTime() - unsealed.oldest.getTime() > staleAfterMs) {
    report({
      kind: 'unsealed_stale',
      seq: null,
      message: `${unsealed.count} entries unsealed, the oldest made at ${unsealed.oldest.toISOString()}, over ${staleAfterMs / 1000} s ago: is the audit sealer running?`,
    });
  }

  const checkpoints = peekable(checkpointRows(trx, batchSize));
  const checkCheckpoint = (cp: CheckpointRow, entry: EntryRow | undefined) => {
    const seq = seqNumber(cp.seq);
    result.checkpoints += 1;
    result.lastCheckpoint = { seq, signedAt: cp.signed_at, keyId: cp.key_id };
    const key = keys.get(cp.key_id);
    if (!key) {
      report({ kind: 'checkpoint_unknown_key', seq, message: `checkpoint at seq ${seq} is signed by key ${cp.key_id}, which is not trusted` });
    } else if (!validSignature(cp, key)) {
      report({ kind: 'checkpoint_bad_signature', seq, message: `checkpoint at seq ${seq} has an invalid signature` });
    }
    if (!entry) {
      report({ kind: 'checkpoint_mismatch', seq, message: `checkpoint at seq ${seq} signs an entry that is no longer in the chain` });
    } else if (!sameBytes(entry.entry_hash, cp.entry_hash)) {
      report({ kind: 'checkpoint_mismatch', seq, id: entry.id, message: `entry seq ${seq} (id ${entry.id}) differs from the entry its checkpoint signed` });
    }
  };

  let prevHash: Buffer | null = GENESIS_HASH;
  let lastSeq = 0;
  for await (const row of entryRows(trx, batchSize)) {
    result.entries += 1;
    const seq = seqNumber(row.seq);
    if (seq <= lastSeq) {
      const why = seq === lastSeq ? `a second entry with seq ${seq}` : `seq ${seq} is not positive`;
      report({ kind: 'unexpected_entry', seq, id: row.id, message: `entry id ${row.id}: ${why}` });
      continue;
    }
    if (seq > lastSeq + 1) {
      const missing = seq === lastSeq + 2 ? `entry seq ${lastSeq + 1} is` : `entries seq ${lastSeq + 1}..${seq - 1} are`;
      report({ kind: 'missing_entry', seq: lastSeq + 1, id: row.id, message: `${missing} missing (next is seq ${seq}, id ${row.id})` });
    } else if (!sameBytes(row.prev_hash, prevHash)) {
      // After a gap the link cannot hold by construction; the gap is the finding.
      report({ kind: 'prev_hash_mismatch', seq, id: row.id, message: `entry seq ${seq} (id ${row.id}) does not link to the entry before it` });
    }
    const hashProblem = checkEntryHash(row);
    if (hashProblem) report({ kind: 'entry_hash_mismatch', seq, id: row.id, message: `entry seq ${seq} (id ${row.id}) ${hashProblem}` });

    for (let cp = await checkpoints.peek(); cp && seqNumber(cp.seq) <= seq; cp = await checkpoints.peek()) {
      checkCheckpoint(cp, seqNumber(cp.seq) === seq ? row : undefined);
      await checkpoints.next();
    }
    prevHash = row.entry_hash;
    lastSeq = seq;
    result.head = { seq, entryHash: row.entry_hash?.toString('hex') ?? '' };
  }
  // Checkpoints past the end: the tail they signed was cut off.
  for (let cp = await checkpoints.peek(); cp; cp = await checkpoints.peek()) {
    checkCheckpoint(cp, undefined);
    await checkpoints.next();
  }
  return result;
}

// Sealed rows as a tamperer may have left them: the constraints can be dropped too.
/** The hashed fields as read back, with seq still a bigint string, plus the row's id and hashes. */
type EntryRow = Omit<ChainedFields, 'seq'> & {
  id: string;
  seq: string;
  prev_hash: Buffer | null;
  entry_hash: Buffer | null;
};

interface CheckpointRow {
  seq: string;
  entry_hash: Buffer | null;
  signed_at: Date;
  key_id: string;
  signature: Buffer | null;
}

function checkEntryHash(row: EntryRow): string | null {
  if (!row.prev_hash) return 'has no prev_hash';
  try {
    return sameBytes(entryHash(row.prev_hash, { ...row, seq: seqNumber(row.seq) }), row.entry_hash) ? null : 'does not match its entry_hash';
  } catch (err) {
    return `cannot be hashed: ${err instanceof Error ? err.message : String(err)}`;
  }
}

function entryBatch(trx: Transaction<DB>, after: EntryRow | undefined, limit: number) {
  let query = trx
    .selectFrom('audit_log')
    .select(['id', 'seq', 'actor_id', 'action', 'entity_type', 'entity_id', 'details', 'created_at', 'prev_hash', 'entry_hash'])
    .where('seq', 'is not', null)
    .orderBy('seq')
    .orderBy('id')
    .limit(limit)
    .$castTo<EntryRow>();
  // seq >= bounds the index scan; the row comparison keeps duplicate seqs from being skipped.
  if (after) query = query.where('seq', '>=', after.seq).where(sql<boolean>`(seq, id) > (${after.seq}::bigint, ${after.id}::bigint)`);
  return query.execute();
}

function checkpointBatch(trx: Transaction<DB>, after: CheckpointRow | undefined, limit: number) {
  let query = trx
    .selectFrom('audit_checkpoints')
    .select(['seq', 'entry_hash', 'signed_at', 'key_id', 'signature'])
    .orderBy('seq')
    .orderBy('signature')
    .limit(limit)
    .$castTo<CheckpointRow>();
  if (after) query = query.where('seq', '>=', after.seq).where(sql<boolean>`(seq, signature) > (${after.seq}::bigint, ${after.signature})`);
  return query.execute();
}

async function* entryRows(trx: Transaction<DB>, batchSize: number) {
  yield* keyset((after: EntryRow | undefined) => entryBatch(trx, after, batchSize), batchSize);
}

async function* checkpointRows(trx: Transaction<DB>, batchSize: number) {
  yield* keyset((after: CheckpointRow | undefined) => checkpointBatch(trx, after, batchSize), batchSize);
}

/** Every row, one batch in memory at a time: each batch starts after the last row of the one before. */
async function* keyset<T>(fetch: (after: T | undefined) => Promise<T[]>, batchSize: number): AsyncGenerator<T> {
  let after: T | undefined;
  for (;;) {
    const rows = await fetch(after);
    yield* rows;
    if (rows.length < batchSize) return;
    after = rows[rows.length - 1];
  }
}

function peekable<T>(source: AsyncIterator<T>) {
  let head: Promise<IteratorResult<T>> | undefined;
  return {
    async peek(): Promise<T | undefined> {
      head ??= source.next();
      const item = await head;
      return item.done ? undefined : item.value;
    },
    async next(): Promise<void> {
      await (head ?? source.next());
      head = undefined;
    },
  };
}

// Sealed rows have both hashes, but a tamperer may have dropped that constraint too.
function sameBytes(a: Buffer | null, b: Buffer | null): boolean {
  return a !== null && b !== null && a.equals(b);
}

function validSignature(cp: CheckpointRow, key: KeyObject): boolean {
  if (!cp.entry_hash || !cp.signature) return false;
  const message = checkpointMessage({ seq: seqNumber(cp.seq), entryHash: cp.entry_hash, signedAt: cp.signed_at, keyId: cp.key_id });
  try {
    return verify(null, message, key, cp.signature);
  } catch {
    return false; // a malformed signature
  }
}
