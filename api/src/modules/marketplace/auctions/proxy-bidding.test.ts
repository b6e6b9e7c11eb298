import { INCREMENT_BANDS, bidIncrement } from './bid-increments';
import { NO_BIDS, type AuctionTerms, minimumBid, placeProxyBid, replayBids, reserveMet } from './proxy-bidding';

const terms: AuctionTerms = { currency: 'EUR', startPrice: 1_000, reservePrice: null };

describe('bid increments', () => {
  test.each([
    [1, 5],
    [99, 5],
    [100, 25],
    [499, 25],
    [500, 50],
    [2_499, 50],
    [2_500, 100],
    [9_999, 100],
    [10_000, 250],
    [25_000, 500],
    [50_000, 1_000],
    [100_000, 2_500],
    [250_000, 5_000],
    [500_000, 10_000],
    [10_000_000, 10_000],
  ])('EUR %i cents → +%i', (price, step) => expect(bidIncrement(price, 'EUR')).toBe(step));

  test('bands rise and scale with the currency’s exponent (JPY has no minor unit: at least 1)', () => {
    for (let i = 1; i < INCREMENT_BANDS.length; i++) expect(INCREMENT_BANDS[i]!.from).toBeGreaterThan(INCREMENT_BANDS[i - 1]!.from);
    expect(bidIncrement(50, 'JPY')).toBe(1);
    expect(bidIncrement(3_000, 'JPY')).toBe(50);
  });
});

describe('proxy bidding', () => {
  test('the first bid leads at the start price, whatever its maximum', () => {
    const r = placeProxyBid(terms, NO_BIDS, 'a', 5_000);
    expect(r).toEqual({ ok: true, state: { leaderId: 'a', leaderMax: 5_000, price: 1_000 }, leading: true, outbid: null });
  });

  test('below the start price or the next increment is refused with the minimum', () => {
    expect(placeProxyBid(terms, NO_BIDS, 'a', 999)).toEqual({ ok: false, error: 'bid_too_low', minimum: 1_000 });
    const state = replayBids(terms, [{ bidderId: 'a', max: 5_000 }]);
    expect(minimumBid(terms, state, 'b')).toBe(1_050);
    expect(placeProxyBid(terms, state, 'b', 1_049)).toEqual({ ok: false, error: 'bid_too_low', minimum: 1_050 });
  });

  test('a lower maximum is answered by the leader’s proxy: price = that maximum + one increment', () => {
    const state = replayBids(terms, [{ bidderId: 'a', max: 5_000 }]);
    const r = placeProxyBid(terms, state, 'b', 2_000);
    expect(r).toEqual({ ok: true, state: { leaderId: 'a', leaderMax: 5_000, price: 2_050 }, leading: false, outbid: null });
  });

  test('the price is capped at the leader’s maximum', () => {
    const state = replayBids(terms, [{ bidderId: 'a', max: 5_000 }]);
    expect(placeProxyBid(terms, state, 'b', 4_950)).toMatchObject({ state: { leaderId: 'a', price: 5_000 } });
  });

  test('a higher maximum takes the lead at the old maximum + one increment (capped at its own)', () => {
    const state = replayBids(terms, [{ bidderId: 'a', max: 5_000 }]);
    expect(placeProxyBid(terms, state, 'b', 8_000)).toEqual({ ok: true, state: { leaderId: 'b', leaderMax: 8_000, price: 5_100 }, leading: true, outbid: 'a' });
    expect(placeProxyBid(terms, state, 'b', 5_050)).toMatchObject({ state: { leaderId: 'b', price: 5_050 }, outbid: 'a' });
  });

  test('equal maximums: the earlier bid keeps the lead at that maximum', () => {
    const state = replayBids(terms, [
      { bidderId: 'a', max: 5_000 },
      { bidderId: 'b', max: 3_000 },
    ]);
    expect(placeProxyBid(terms, state, 'c', 5_000)).toMatchObject({ state: { leaderId: 'a', leaderMax: 5_000, price: 5_000 }, leading: false });
  });

  test('the leader raises their own maximum without moving the price; not to or below it', () => {
    const state = replayBids(terms, [
      { bidderId: 'a', max: 5_000 },
      { bidderId: 'b', max: 2_000 },
    ]);
    expect(placeProxyBid(terms, state, 'a', 5_000)).toEqual({ ok: false, error: 'bid_too_low', minimum: 5_001 });
    expect(placeProxyBid(terms, state, 'a', 9_000)).toMatchObject({ state: { leaderId: 'a', leaderMax: 9_000, price: 2_050 }, leading: true });
  });

  test('a reserve: met once a maximum covers it, the price jumping to it', () => {
    const reserved = { ...terms, reservePrice: 4_000 };
    const low = replayBids(reserved, [{ bidderId: 'a', max: 3_000 }]);
    expect(low.price).toBe(1_000);
    expect(reserveMet(reserved, low)).toBe(false);
    const raised = placeProxyBid(reserved, low, 'a', 6_000);
    expect(raised).toMatchObject({ state: { price: 4_000 } });
    expect(reserveMet(reserved, (raised as { state: typeof low }).state)).toBe(true);
    expect(reserveMet(terms, NO_BIDS)).toBe(false);
  });

  test('replay skips refused bids', () => {
    const state = replayBids(terms, [
      { bidderId: 'a', max: 1_500 },
      { bidderId: 'b', max: 1_000 },
      { bidderId: 'b', max: 1_600 },
    ]);
    expect(state).toEqual({ leaderId: 'b', leaderMax: 1_600, price: 1_550 });
  });
});
