import { constraintsOf, listingKeys, textConstraint } from './saved-search-constraints';

const NO_STATISTICS = { lexemes: new Map(), categories: new Map() };

describe('textConstraint', () => {
  test('a conjunction of words requires each, and that is enough', () => {
    expect(textConstraint(`'vintage' & 'camera'`)).toEqual({ terms: ['vintage', 'camera'], exact: true });
  });

  test('a phrase requires each of its words, but they must also be adjacent: not exact', () => {
    expect(textConstraint(`'film' <-> 'camera' & 'canon'`)).toEqual({ terms: ['film', 'camera', 'canon'], exact: false });
  });

  test('negated words and negated phrases are not required', () => {
    expect(textConstraint(`'camera' & !'broken'`)).toEqual({ terms: ['camera'], exact: false });
    expect(textConstraint(`'camera' & !( 'for' <-> 'parts' ) & 'lens'`)).toEqual({ terms: ['camera', 'lens'], exact: false });
  });

  test('a disjunction requires nothing; a query without lexemes is never exact (it matches nothing)', () => {
    expect(textConstraint(`'camera' & 'canon' | 'nikon'`)).toEqual({ terms: [], exact: false });
    expect(textConstraint('')).toEqual({ terms: [], exact: false });
  });

  test('quotes and backslashes inside lexemes are unescaped', () => {
    expect(textConstraint(`'o''neill' & 'a\\\\b'`).terms).toEqual(["o'neill", 'a\\b']);
  });
});

describe('constraintsOf', () => {
  test('text, category, currency and price range become columns; a plain conjunction needs no recheck', () => {
    expect(constraintsOf({ q: 'Vintage camera', category: 'electronics', currency: 'EUR', min_price: 1000, max_price: 5000 }, `'vintage' & 'camera'`, NO_STATISTICS)).toEqual({
      keys: ['vintage', 'camera', 'category electronics'],
      anchor: 'vintage',
      text_query: null,
      currency: 'EUR',
      min_price: 1000,
      max_price: 5000,
      conditions: null,
      lat: null,
      lng: null,
      radius_km: null,
      min_rating: null,
      verified_sellers: false,
    });
    expect(constraintsOf({ q: '"film camera"' }, `'film' <-> 'camera'`, NO_STATISTICS)).toMatchObject({ keys: ['film', 'camera'], text_query: '"film camera"' });
  });

  test('the anchor is the rarest key among listings by the statistics', () => {
    const shares = { lexemes: new Map([['camera', 0.2]]), categories: new Map([['cameras', 0.01]]) };
    expect(constraintsOf({ q: 'camera', category: 'cameras' }, `'camera'`, shares).anchor).toBe('category cameras');
    // A parent category is as common as its leaves together.
    const parent = {
      lexemes: new Map([['camera', 0.05]]),
      categories: new Map([
        ['cameras', 0.01],
        ['phones', 0.1],
      ]),
    };
    expect(constraintsOf({ q: 'camera', category: 'electronics' }, `'camera'`, parent).anchor).toBe('camera');
  });

  test('a search without words or category has no keys and no anchor: it matches any listing', () => {
    expect(constraintsOf({ currency: 'EUR' }, null, NO_STATISTICS)).toMatchObject({ keys: [], anchor: null, text_query: null });
  });

  test('attributes are keys, lower-cased as search compares them; condition, place, rating and verification are columns', () => {
    expect(
      constraintsOf(
        { attributes: [{ key: 'brand', value: 'Canon' }], condition: ['new', 'like_new'], lat: 45.76, lng: 4.84, radius_km: 20, min_rating: 4.5, verified_sellers: true },
        null,
        NO_STATISTICS,
      ),
    ).toMatchObject({
      keys: ['attribute brand:canon'],
      anchor: 'attribute brand:canon',
      conditions: ['new', 'like_new'],
      lat: 45.76,
      lng: 4.84,
      radius_km: 20,
      min_rating: 4.5,
      verified_sellers: true,
    });
  });

  test('a listing offers its lexemes, its category and every ancestor of it, and its attributes', () => {
    expect(listingKeys({ lexemes: ['canon'], category: 'cameras', attributes: { brand: 'Canon', year: 1976 } })).toEqual([
      'canon',
      'category electronics',
      'category cameras',
      'attribute brand:canon',
      'attribute year:1976',
    ]);
  });
});
