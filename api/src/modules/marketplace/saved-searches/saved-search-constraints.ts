import type { z } from 'zod';
import { leavesOf, pathOf } from '../categories';
import type { ListingKeyShares, SearchListingsQuery } from '../listings';

/** The parameters of GET /v1/listings that decide which listings match: all but paging, order and facets. */
export type SavedQuery = Omit<z.infer<typeof SearchListingsQuery>, 'limit' | 'cursor' | 'sort' | 'facets'>;

// Categories and attributes as keys beside the lexemes: lexemes never hold a space.
const CATEGORY_KEY = 'category ';
const categoryKey = (slug: string) => `${CATEGORY_KEY}${slug}`;
/** Search compares attribute values case-insensitively: both sides lower-cased. */
const attributeKey = (key: string, value: string | number) => `attribute ${key}:${String(value).toLowerCase()}`;

/** The keys a listing offers saved searches: its lexemes, its category and the category's ancestors, its attributes. */
export const listingKeys = (l: { lexemes: readonly string[]; category: string; attributes: Record<string, string | number> }): string[] => [
  ...l.lexemes,
  ...pathOf(l.category).map((node) => categoryKey(node.slug)),
  ...Object.entries(l.attributes).map(([key, value]) => attributeKey(key, value)),
];

/** A saved search's constraints as the indexed columns of `saved_searches` hold them. */
export interface SavedSearchConstraints {
  /** Every key a matching listing must offer (listingKeys): the query's required words and its category. */
  keys: string[];
  /** The rarest of `keys` among listings: the one the index finds the search by. Null without keys (it matches any listing's words and category). */
  anchor: string | null;
  /** The text query, when `keys` alone do not decide it (a phrase, a negation, a disjunction): rechecked on each candidate. */
  text_query: string | null;
  currency: string | null;
  min_price: number | null;
  max_price: number | null;
  conditions: string[] | null;
  lat: number | null;
  lng: number | null;
  radius_km: number | null;
  min_rating: number | null;
  verified_sellers: boolean;
}

/**
 * What a text query requires, from its normalised form (`'vintag' & 'camera' & !'broken'`): the
 * plain, not negated lexemes, and whether containing them is also enough (a plain conjunction of
 * words). A disjunction requires no single word; a query without lexemes matches nothing.
 */
export function textConstraint(tsquery: string): { terms: string[]; exact: boolean } {
  const terms = new Set<string>();
  const negatedGroups: boolean[] = [];
  let negateNext = false;
  let exact = true;
  for (let i = 0; i < tsquery.length; i += 1) {
    const c = tsquery[i]!;
    if (c === "'") {
      let lexeme = '';
      for (i += 1; i < tsquery.length; i += 1) {
        const d = tsquery[i]!;
        if (d === '\\') lexeme += tsquery[++i] ?? '';
        else if (d === "'" && tsquery[i + 1] === "'") lexeme += tsquery[++i];
        else if (d === "'") break;
        else lexeme += d;
      }
      if (!negateNext && !negatedGroups.includes(true)) terms.add(lexeme);
      negateNext = false;
    } else if (c === '|') return { terms: [], exact: false };
    else if (c === '!') negateNext = true;
    else if (c === '(') {
      negatedGroups.push(negateNext);
      negateNext = false;
    } else if (c === ')') negatedGroups.pop();
    // Anything but words joined by & (a phrase's <->, a negation, a prefix) needs the exact query.
    if (!/[\s&']/.test(c)) exact = false;
  }
  return { terms: [...terms], exact: exact && terms.size > 0 };
}

/**
 * Every parameter of the search becomes a constraint a new listing is matched on. The rest must stay
 * empty: a parameter GET /v1/listings gains fails to compile here until matching handles it.
 */
export function constraintsOf(query: SavedQuery, tsquery: string | null, shares: ListingKeyShares): SavedSearchConstraints {
  const { q, category, currency, min_price, max_price, condition, attributes, lat, lng, radius_km, min_rating, verified_sellers, ...unmatched } = query;
  unmatched satisfies Record<string, never>;
  const text = q === undefined || tsquery === null ? { terms: [], exact: true } : textConstraint(tsquery);
  const keys = [...text.terms, ...(attributes ?? []).map((a) => attributeKey(a.key, a.value)), ...(category ? [categoryKey(category)] : [])];
  const share = (key: string) =>
    key.startsWith(CATEGORY_KEY) ? leavesOf(key.slice(CATEGORY_KEY.length)).reduce((sum, leaf) => sum + (shares.categories.get(leaf) ?? 0), 0) : (shares.lexemes.get(key) ?? 0);
  // Rarest first; without statistics, a word before an attribute before a category, and a longer key before a shorter one (usually rarer).
  const rank = (key: string) => [share(key), key.startsWith(CATEGORY_KEY) ? 2 : key.startsWith('attribute ') ? 1 : 0, -key.length] as const;
  const rarer = (a: string, b: string) => {
    const [ra, rb] = [rank(a), rank(b)];
    return ra[0] - rb[0] || ra[1] - rb[1] || ra[2] - rb[2] || a.localeCompare(b);
  };
  return {
    keys,
    anchor: [...keys].sort(rarer)[0] ?? null,
    text_query: text.exact ? null : (q ?? null),
    currency: currency ?? null,
    min_price: min_price ?? null,
    max_price: max_price ?? null,
    conditions: condition?.length ? condition : null,
    lat: lat ?? null,
    lng: lng ?? null,
    radius_km: radius_km ?? null,
    min_rating: min_rating ?? null,
    verified_sellers: verified_sellers ?? false,
  };
}
