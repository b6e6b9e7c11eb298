import { ANY_CATEGORY, constraintsOf, requiredLexemes } from './saved-search-constraints';

describe('requiredLexemes', () => {
  test('a conjunction requires each of its words, a phrase each of its words', () => {
    expect(requiredLexemes(`'vintage' & 'camera'`)).toEqual(['vintage', 'camera']);
    expect(requiredLexemes(`'film' <-> 'camera' & 'canon'`)).toEqual(['film', 'camera', 'canon']);
  });

  test('negated words and negated phrases are not required', () => {
    expect(requiredLexemes(`'camera' & !'broken'`)).toEqual(['camera']);
    expect(requiredLexemes(`'camera' & !( 'for' <-> 'parts' ) & 'lens'`)).toEqual(['camera', 'lens']);
  });

  test('a disjunction requires nothing; an empty query neither', () => {
    expect(requiredLexemes(`'camera' & 'canon' | 'nikon'`)).toEqual([]);
    expect(requiredLexemes('')).toEqual([]);
  });

  test('quotes and backslashes inside lexemes are unescaped', () => {
    expect(requiredLexemes(`'o''neill' & 'a\\\\b'`)).toEqual(["o'neill", 'a\\b']);
  });
});

describe('constraintsOf', () => {
  test('a parent category covers its leaves; no category, any', () => {
    expect(constraintsOf({ category: 'electronics' }, null).category_keys).toEqual(expect.arrayContaining(['cameras', 'phones', 'electronics-other']));
    expect(constraintsOf({ category: 'cameras' }, null).category_keys).toEqual(['cameras']);
    expect(constraintsOf({}, null).category_keys).toEqual([ANY_CATEGORY]);
  });

  test('text, currency and price range become columns', () => {
    expect(constraintsOf({ q: 'Vintage camera', currency: 'EUR', min_price: 1000, max_price: 5000 }, `'vintage' & 'camera'`)).toEqual({
      q: 'Vintage camera',
      category_keys: [ANY_CATEGORY],
      terms: ['vintage', 'camera'],
      currency: 'EUR',
      min_price: 1000,
      max_price: 5000,
    });
  });
});
