import { z } from 'zod';

export const SEARCH_SORTS = ['relevance', 'newest', 'price_asc', 'price_desc', 'distance'] as const;
export type SearchSort = (typeof SEARCH_SORTS)[number];

/**
 * Where a search page ended, in its sort's own order: the last hit's sort key (a timestamp for
 * newest, minor units for price, a score for relevance, a distance) and its id, which breaks ties.
 * `fuzzy` keeps paging in the mode the first page chose (trigram similarity when nothing matched
 * the full-text query), and `since` in the recent tier relevance started with.
 */
export interface SearchCursor {
  sort: SearchSort;
  key: string | number;
  id: string;
  fuzzy: boolean;
  since?: string;
}

export const encodeSearchCursor = (c: SearchCursor): string =>
  Buffer.from(JSON.stringify([c.sort, c.key, c.id, c.fuzzy ? 1 : 0, ...(c.since ? [c.since] : [])])).toString('base64url');

/** Whether `key` is a value the sort orders by: what a forged cursor must not smuggle into SQL. */
/** A timestamp Postgres holds (JavaScript dates reach far before 4713 BC). */
function validTime(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const at = new Date(value);
  const year = at.getUTCFullYear();
  return !Number.isNaN(at.getTime()) && year >= 1 && year <= 9999;
}

function validKey(sort: SearchSort, key: unknown): boolean {
  if (sort === 'newest') return validTime(key);
  if (sort === 'price_asc' || sort === 'price_desc') return typeof key === 'string' && /^\d{1,18}$/.test(key);
  return typeof key === 'number' && Number.isFinite(key) && key >= 0;
}

export const SearchCursorSchema = z
  .string()
  .max(300, 'is not a valid cursor')
  .transform((raw, ctx): SearchCursor => {
    try {
      const [sort, key, id, fuzzy, since] = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as [SearchSort, unknown, string, number, unknown];
      if (!SEARCH_SORTS.includes(sort) || !validKey(sort, key) || !z.uuid().safeParse(id).success || (fuzzy !== 0 && fuzzy !== 1)) throw new Error();
      if (since !== undefined && !validTime(since)) throw new Error();
      return { sort, key: key as string | number, id, fuzzy: fuzzy === 1, ...(since !== undefined ? { since: since as string } : {}) };
    } catch {
      ctx.addIssue({ code: 'custom', message: 'is not a valid cursor' });
      return z.NEVER;
    }
  });
