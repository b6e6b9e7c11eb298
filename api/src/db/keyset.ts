import { sql } from 'kysely';

/** Keyset cursor over (created_at DESC, id DESC): stable under inserts, O(limit) per page. */
export interface Cursor {
  createdAt: Date;
  id: string;
}

/**
 * Rows after the cursor in (created_at DESC, id DESC) order. A row comparison is exactly keyset
 * semantics and lets Postgres use the (created_at, id) index.
 */
export function afterCursor(createdAtColumn: string, idColumn: string, cursor: Cursor) {
  return sql<boolean>`(${sql.ref(createdAtColumn)}, ${sql.ref(idColumn)}) < (${cursor.createdAt}, ${cursor.id}::uuid)`;
}
