import type { Kysely, Selectable } from 'kysely';
import { type Cursor, afterCursor } from '../../../db/keyset';
import type { DB, OutboxDeadLettersTable } from '../../../db/schema';

export type DeadLetterRow = Selectable<OutboxDeadLettersTable>;

/** Newest first; one row more than `limit`, so the caller knows whether a next page exists. */
export function listDeadLetters(db: Kysely<DB>, f: { limit: number; cursor?: Cursor }): Promise<DeadLetterRow[]> {
  let q = db.selectFrom('outbox_dead_letters').selectAll();
  if (f.cursor) q = q.where(afterCursor('created_at', 'id', f.cursor));
  return q
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(f.limit + 1)
    .execute();
}
