import { z } from 'zod';
import type { Cursor } from '../db/keyset';

export function encodeCursor(row: { created_at: Date; id: string }): string {
  return Buffer.from(JSON.stringify([row.created_at.toISOString(), row.id])).toString('base64url');
}

const CursorSchema = z
  .string()
  .max(200, 'is not a valid cursor')
  .transform((raw, ctx): Cursor => {
    try {
      const [t, id] = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as [string, string];
      const createdAt = new Date(t);
      // Only years Postgres timestamps hold: JavaScript dates reach far before 4713 BC.
      const year = createdAt.getUTCFullYear();
      if (Number.isNaN(createdAt.getTime()) || year < 1 || year > 9999 || !z.uuid().safeParse(id).success) throw new Error();
      return { createdAt, id };
    } catch {
      ctx.addIssue({ code: 'custom', message: 'is not a valid cursor' });
      return z.NEVER;
    }
  });

export const PageQuery = z.object({
  limit: z.coerce
    .number()
    .int('must be an integer')
    .min(1, 'must be at least 1')
    .max(100, 'must be at most 100')
    .default(20)
    .describe('Page size: at most this many items, 1 to 100'),
  cursor: CursorSchema.optional().describe('Opaque cursor: the previous page’s next_cursor, for the page after it (omit for the first page)'),
});

/** Fetch limit + 1 rows; the extra one only tells whether another page exists. */
export function page<T extends { created_at: Date; id: string }, R>(rows: T[], limit: number, toResponse: (row: T) => R): { data: R[]; next_cursor: string | null } {
  const kept = rows.slice(0, limit);
  const last = kept[kept.length - 1];
  return { data: kept.map(toResponse), next_cursor: rows.length > limit && last ? encodeCursor(last) : null };
}

export const pageResponse = <S extends z.ZodType>(item: S) => z.object({ data: z.array(item), next_cursor: z.string().nullable() });
