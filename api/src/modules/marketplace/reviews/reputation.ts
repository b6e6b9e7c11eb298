export interface RatedReview {
  rating: number;
  item_as_described: number | null;
  communication: number;
  shipping: number | null;
  payment: number | null;
}

export interface Prior {
  /** Where a user with no reviews stands. */
  mean: number;
  /** How many reviews' worth of evidence the prior counts as. */
  weight: number;
}

export interface Reputation {
  score: number;
  count: number;
  average: number | null;
  sub_ratings: { item_as_described: number | null; communication: number | null; shipping: number | null; payment: number | null };
}

const round2 = (x: number) => Math.round(x * 100) / 100;

function mean(values: readonly (number | null)[]): number | null {
  const present = values.filter((v): v is number => v !== null);
  return present.length === 0 ? null : round2(present.reduce((a, b) => a + b, 0) / present.length);
}

/**
 * A Bayesian average: the prior counts as `weight` reviews of `mean` stars, so a handful of reviews
 * moves the score only part of the way from the prior, and many reviews outweigh it. Pure.
 */
export function reputationOf(reviews: readonly RatedReview[], prior: Prior): Reputation {
  const sum = reviews.reduce((a, r) => a + r.rating, 0);
  const denominator = prior.weight + reviews.length;
  return {
    score: denominator === 0 ? prior.mean : round2((prior.weight * prior.mean + sum) / denominator),
    count: reviews.length,
    average: mean(reviews.map((r) => r.rating)),
    sub_ratings: {
      item_as_described: mean(reviews.map((r) => r.item_as_described)),
      communication: mean(reviews.map((r) => r.communication)),
      shipping: mean(reviews.map((r) => r.shipping)),
      payment: mean(reviews.map((r) => r.payment)),
    },
  };
}
