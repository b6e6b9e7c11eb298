import { createHash } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/schema';
import type { FieldError } from '../errors';
import { AppError } from './errors';
import { asAppError, problemBody } from './problem';
import type { Reply, StoreReply } from './route';

const KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;
// A request that holds a key longer than this is presumed dead (crashed process) and may be retried.
const LOCK_SECONDS = 60;

export function parseIdempotencyKey(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  if (!KEY_PATTERN.test(raw)) {
    throw new AppError(400, 'validation_failed', 'Invalid header: Idempotency-Key must be 1–255 printable ASCII characters', [
      { field: 'header.Idempotency-Key', message: 'must be 1–255 printable ASCII characters' },
    ]);
  }
  return raw;
}

export function requestFingerprint(method: string, path: string, body: unknown): string {
  return createHash('sha256')
    .update(`${method} ${path}\n${JSON.stringify(body ?? null)}`)
    .digest('hex');
}

interface StoredProblem {
  __problem: true;
  code: string;
  detail: string;
  errors?: FieldError[];
}

interface Scope {
  userId: string;
  key: string;
  fingerprint: string;
  now: Date;
  ttlHours: number;
}

/**
 * Runs `execute` at most once per (user, key): a replay returns the stored response, the same key with
 * another request is a 422, and a duplicate arriving while the first is in flight is a 409.
 * Server failures release the key so the client can retry. `execute` may store its reply in its own
 * transaction through `storeReply` (then it commits with the change); otherwise it is stored here.
 */
export async function withIdempotency(db: Kysely<DB>, scope: Scope, execute: (storeReply: StoreReply) => Promise<Reply>): Promise<Reply> {
  const claimed = await claim(db, scope);
  if (!claimed) return replayOrRefuse(db, scope);
  let storedInTransaction = false;
  const storeReply: StoreReply = (toReply) => async (trx, result) => {
    await store(trx, scope, toReply(result));
    storedInTransaction = true;
  };
  let reply: Reply;
  try {
    reply = await execute(storeReply);
  } catch (err) {
    const known = asAppError(err);
    if (known && known.status < 500 && known.status !== 409) {
      const problem: StoredProblem = { __problem: true, code: known.code, detail: known.detail, errors: known.errors };
      await store(db, scope, { status: known.status, body: problem });
    } else {
      await release(db, scope);
    }
    throw err;
  }
  // The hook ran; had its transaction then rolled back, `execute` would have thrown.
  if (!storedInTransaction) await store(db, scope, reply);
  return reply;
}

async function claim(db: Kysely<DB>, { userId, key, fingerprint, now, ttlHours }: Scope): Promise<boolean> {
  const lockedUntil = new Date(now.getTime() + LOCK_SECONDS * 1000);
  const expiredBefore = new Date(now.getTime() - ttlHours * 3_600_000);
  // Insert a fresh claim, or take over one whose holder died or whose retention has lapsed.
  const row = await db
    .insertInto('idempotency_keys')
    .values({ user_id: userId, key, request_hash: fingerprint, locked_until: lockedUntil, created_at: now })
    .onConflict((oc) =>
      oc
        .columns(['user_id', 'key'])
        .doUpdateSet({ request_hash: fingerprint, locked_until: lockedUntil, created_at: now, response_status: null, response_body: null })
        .where((eb) =>
          eb.or([
            eb('idempotency_keys.created_at', '<', expiredBefore),
            eb.and([eb('idempotency_keys.response_status', 'is', null), eb('idempotency_keys.locked_until', '<', now), eb('idempotency_keys.request_hash', '=', fingerprint)]),
          ]),
        ),
    )
    .returning(sql<boolean>`true`.as('claimed'))
    .executeTakeFirst();
  return row !== undefined;
}

async function replayOrRefuse(db: Kysely<DB>, scope: Scope): Promise<Reply> {
  const row = await db.selectFrom('idempotency_keys').selectAll().where('user_id', '=', scope.userId).where('key', '=', scope.key).executeTakeFirst();
  if (!row || row.response_status === null) {
    if (row && row.request_hash !== scope.fingerprint) throw reused();
    throw new AppError(409, 'idempotency_in_progress', 'A request with this Idempotency-Key is still in progress');
  }
  if (row.request_hash !== scope.fingerprint) throw reused();
  const body = row.response_body as StoredProblem | null;
  if (body?.__problem) {
    const problem = problemBody(new AppError(row.response_status, body.code, body.detail, body.errors));
    return { status: row.response_status, body: problem, headers: { 'Idempotent-Replayed': 'true', 'Content-Type': 'application/problem+json' } };
  }
  return { status: row.response_status, body, headers: { 'Idempotent-Replayed': 'true' } };
}

const reused = () =>
  new AppError(422, 'idempotency_key_reused', 'This Idempotency-Key was used with a different request', [
    { field: 'header.Idempotency-Key', message: 'already used with a different request' },
  ]);

async function store(db: Kysely<DB>, { userId, key }: Scope, reply: Reply): Promise<void> {
  await db
    .updateTable('idempotency_keys')
    .set({ response_status: reply.status, response_body: JSON.stringify(reply.body ?? null), locked_until: null })
    .where('user_id', '=', userId)
    .where('key', '=', key)
    .execute();
}

async function release(db: Kysely<DB>, { userId, key }: Scope): Promise<void> {
  await db.deleteFrom('idempotency_keys').where('user_id', '=', userId).where('key', '=', key).execute();
}
