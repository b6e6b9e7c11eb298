import type { z } from 'zod';
import type { SearchListingsQuery } from '../listings';
import { leavesOf } from '../categories';

/** The parameters of GET /v1/listings a saved search keeps: all but paging. */
export type SavedQuery = Omit<z.infer<typeof SearchListingsQuery>, 'limit' | 'cursor'>;

/** `category_keys` of a search in every category: a listing's keys are its category and this. */
export const ANY_CATEGORY = '*';

/** A saved search's constraints as the indexed columns of `saved_searches` hold them. */
export interface SavedSearchConstraints {
  q: string | null;
  category_keys: string[];
  terms: string[];
  currency: string | null;
  min_price: number | null;
  max_price: number | null;
}

/**
 * The lexemes every listing a text query finds must contain, from the query's normalised form
 * (`'vintag' & 'camera' & !'broken'`): the plain, not negated ones. None for a disjunction, which
 * requires no single word; the exact query is rechecked on the candidates anyway.
 */
export function requiredLexemes(tsquery: string): string[] {
  const required = new Set<string>();
  const negatedGroups: boolean[] = [];
  let negateNext = false;
  for (let i = 0; i < tsquery.length; i += 1) {
    const c = tsquery[i];
    if (c === "'") {
      let lexeme = '';
      for (i += 1; i < tsquery.length; i += 1) {
        const d = tsquery[i]!;
        if (d === '\\') lexeme += tsquery[++i] ?? '';
        else if (d === "'" && tsquery[i + 1] === "'") lexeme += tsquery[++i];
        else if (d === "'") break;
        else lexeme += d;
      }
      if (!negateNext && !negatedGroups.includes(true)) required.add(lexeme);
      negateNext = false;
    } else if (c === '|') return [];
    else if (c === '!') negateNext = true;
    else if (c === '(') {
      negatedGroups.push(negateNext);
      negateNext = false;
    } else if (c === ')') negatedGroups.pop();
  }
  return [...required];
}

/**
 * Every parameter of the search becomes a constraint a new listing is matched on. The rest must stay
 * empty: a parameter GET /v1/listings gains fails to compile here until matching handles it.
 */
export function constraintsOf(query: SavedQuery, tsquery: string | null): SavedSearchConstraints {
  const { q, category, currency, min_price, max_price, ...unmatched } = query;
  unmatched satisfies Record<string, never>;
  return {
    q: q ?? null,
    category_keys: category ? leavesOf(category) : [ANY_CATEGORY],
    terms: tsquery === null ? [] : requiredLexemes(tsquery),
    currency: currency ?? null,
    min_price: min_price ?? null,
    max_price: max_price ?? null,
  };
}
