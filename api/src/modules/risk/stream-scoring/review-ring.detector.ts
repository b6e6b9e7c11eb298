import { type Detector, EVIDENCE_ROWS, type EvidenceReview, query, scaleScore, windowBack, windowJson, windowParams } from './detector';

export interface ReviewRingConfig {
  windowDays: number;
  minMembers: number;
  /** A pair counts once its mutual reviews span this many orders (one order's buyer and seller reviewing each other is normal). */
  minPairOrders: number;
  minRating: number;
}

type ReviewTuple = [string, string, string, string, string | number, string | number];

/**
 * (c) Review rings: ClickHouse finds the pairs of accounts that gave each other reviews of at least
 * `minRating` in both directions across `minPairOrders` or more orders within the window; the pairs are
 * then joined into groups (connected components), and a group of `minMembers` or more is a ring.
 */
export function reviewRing(c: ReviewRingConfig): Detector {
  const name = 'review_ring';
  return {
    name,
    async detect(store, now) {
      const window = windowBack(now, c.windowDays * 86_400_000);
      const pairs = await query<{ a: string; b: string; rows: ReviewTuple[] }>(
        store,
        `
        SELECT toString(lo) AS a, toString(hi) AS b,
               groupArray(${EVIDENCE_ROWS})(tuple(toString(review_id), toString(order_id), toString(author), toString(subject), rating, at_ms)) AS rows
        FROM (
          -- One parse of the payload for all four fields.
          SELECT aggregate_id AS review_id, toUnixTimestamp64Milli(occurred_at) AS at_ms,
                 JSONExtract(payload, 'Tuple(author_id String, subject_id String, order_id String, rating Int64)') AS r,
                 toUUIDOrZero(r.author_id) AS author, toUUIDOrZero(r.subject_id) AS subject, toUUIDOrZero(r.order_id) AS order_id, r.rating AS rating
          FROM ${store.database}.events FINAL
          WHERE event_type = 'review.submitted'
            AND occurred_at >= fromUnixTimestamp64Milli({from_ms:Int64}, 'UTC')
            AND occurred_at <= fromUnixTimestamp64Milli({to_ms:Int64}, 'UTC')
        )
        WHERE rating >= {min_rating:Int64} AND author != subject
        GROUP BY least(author, subject) AS lo, greatest(author, subject) AS hi
        HAVING countIf(author = lo) >= 1 AND countIf(author = hi) >= 1 AND uniqExact(order_id) >= {min_pair_orders:UInt32}
        ORDER BY a, b`,
        { ...windowParams(window), min_rating: c.minRating, min_pair_orders: c.minPairOrders },
      );
      return groups(pairs)
        .filter((g) => g.members.length >= c.minMembers)
        .map((g) => {
          const reviews = g.reviews
            .map(([review_id, order_id, author_id, subject_id, rating, at]): EvidenceReview => ({
              review_id,
              order_id,
              author_id,
              subject_id,
              rating: Number(rating),
              submitted_at: new Date(Number(at)).toISOString(),
            }))
            .sort((x, y) => x.submitted_at.localeCompare(y.submitted_at) || x.review_id.localeCompare(y.review_id));
          const authored = (id: string) => reviews.filter((r) => r.author_id === id).length;
          const accounts = g.members
            .map((user_id) => ({ user_id, role: 'ring_member', reviews: authored(user_id), pairs: g.degree.get(user_id) ?? 0 }))
            .sort((x, y) => y.pairs - x.pairs || y.reviews - x.reviews || x.user_id.localeCompare(y.user_id));
          const orders = new Set(reviews.map((r) => r.order_id)).size;
          return {
            detector: name,
            // The ring's smallest member id names it, so a rerun over the same ring finds its open case.
            subjectKey: `ring:${[...g.members].sort()[0]}`,
            // The best-connected member; a confirmation suspends it, the others are listed to follow up.
            subjectUserId: accounts[0]!.user_id,
            score: scaleScore(g.members.length, c.minMembers),
            reason: `Review ring: ${g.members.length} accounts exchanged ${reviews.length} mutual reviews of ${c.minRating}+ stars over ${orders} orders within ${c.windowDays} days`,
            evidence: {
              window: windowJson(window),
              counts: { members: g.members.length, mutual_pairs: g.pairs, reviews: reviews.length, orders },
              thresholds: { min_members: c.minMembers, min_pair_orders: c.minPairOrders, min_rating: c.minRating },
              accounts: accounts.map(({ pairs: _pairs, ...a }) => a),
              reviews,
            },
          };
        });
    },
  };
}

/** Connected components of the mutual-review graph (union-find), each with its reviews and each member's number of pairs. */
function groups(pairs: { a: string; b: string; rows: ReviewTuple[] }[]) {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    const p = parent.get(x) ?? x;
    if (p === x) return x;
    const root = find(p);
    parent.set(x, root);
    return root;
  };
  for (const { a, b } of pairs) {
    const [ra, rb] = [find(a), find(b)];
    if (ra !== rb) parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  }
  const byRoot = new Map<string, { members: string[]; reviews: ReviewTuple[]; pairs: number; degree: Map<string, number> }>();
  for (const { a, b, rows } of pairs) {
    const root = find(a);
    const g = byRoot.get(root) ?? { members: [], reviews: [], pairs: 0, degree: new Map<string, number>() };
    byRoot.set(root, g);
    for (const id of [a, b]) {
      if (!g.degree.has(id)) g.members.push(id);
      g.degree.set(id, (g.degree.get(id) ?? 0) + 1);
    }
    g.reviews.push(...rows);
    g.pairs += 1;
  }
  return [...byRoot.values()];
}
