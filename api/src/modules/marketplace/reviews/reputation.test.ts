import { type RatedReview, reputationOf } from './reputation';

const PRIOR = { mean: 4, weight: 5 };
const asBuyerReview = (rating: number, sub = rating): RatedReview => ({ rating, item_as_described: sub, communication: sub, shipping: sub, payment: null });

describe('reputationOf', () => {
  test('no reviews: the prior mean, no raw average', () => {
    expect(reputationOf([], PRIOR)).toEqual({
      score: 4,
      count: 0,
      average: null,
      sub_ratings: { item_as_described: null, communication: null, shipping: null, payment: null },
    });
  });

  test('one five-star review moves the score only a sixth of the way to five', () => {
    expect(reputationOf([asBuyerReview(5)], PRIOR)).toMatchObject({ score: 4.17, count: 1, average: 5 });
  });

  test('a handful of one-star reviews cannot sink a user as far as their raw average', () => {
    const r = reputationOf(
      [1, 1].map((n) => asBuyerReview(n)),
      PRIOR,
    );
    expect(r.average).toBe(1);
    expect(r.score).toBe(3.14);
  });

  test('many reviews outweigh the prior', () => {
    const r = reputationOf(
      Array.from({ length: 95 }, () => asBuyerReview(5)),
      PRIOR,
    );
    expect(r.score).toBe(4.95);
  });

  test('two perfect reviews rank below fifty reviews averaging 4.8', () => {
    const few = reputationOf([asBuyerReview(5), asBuyerReview(5)], PRIOR);
    const many = reputationOf([...Array.from({ length: 40 }, () => asBuyerReview(5)), ...Array.from({ length: 10 }, () => asBuyerReview(4))], PRIOR);
    expect(many.average).toBe(4.8);
    expect(few.score).toBeLessThan(many.score);
  });

  test('sub-ratings average only the reviews that rate them (sellers rate payment, buyers shipping)', () => {
    const bySeller: RatedReview = { rating: 3, item_as_described: null, communication: 2, shipping: null, payment: 4 };
    expect(reputationOf([asBuyerReview(5, 4), bySeller], PRIOR).sub_ratings).toEqual({ item_as_described: 4, communication: 3, shipping: 4, payment: 4 });
  });

  test('a zero-weight prior is the raw average', () => {
    expect(reputationOf([asBuyerReview(2), asBuyerReview(3)], { mean: 4, weight: 0 }).score).toBe(2.5);
  });
});
