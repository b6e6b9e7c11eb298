import { DomainError } from '../../../errors';
import { assertAttributes, attributeErrors, attributesOf } from './attributes';
import { LEAF_CATEGORIES } from './categories';

describe('category attributes', () => {
  it('a leaf takes its parent’s attributes first, then its own', () => {
    expect(attributesOf('records').map((a) => a.key)).toEqual(['brand', 'artist', 'format']);
    expect(attributesOf('cameras').map((a) => a.key)).toEqual(['brand', 'model']);
    expect(attributesOf('other')).toEqual([]);
  });

  it('no leaf defines the same key twice', () => {
    for (const slug of LEAF_CATEGORIES) {
      const keys = attributesOf(slug).map((a) => a.key);
      expect(new Set(keys).size).toBe(keys.length);
    }
  });

  it('accepts values that fit', () => {
    expect(attributeErrors('shoes', { eu_size: 38.5, brand: 'Veja' })).toEqual([]);
    expect(attributeErrors('coins-stamps', { year: -300 })).toEqual([]);
  });

  it('names each attribute that does not fit, and each required one missing', () => {
    expect(attributeErrors('shoes', { colour: 'red', brand: '   ' }).map((e) => e.field)).toEqual(['attributes.colour', 'attributes.brand', 'attributes.eu_size']);
    expect(attributeErrors('mens-clothing', { size: 'XXXL' })).toEqual([{ field: 'attributes.size', message: 'must be one of XS, S, M, L, XL, XXL' }]);
    expect(attributeErrors('phones', { storage_gb: 64.5 })).toEqual([{ field: 'attributes.storage_gb', message: 'must be an integer' }]);
    expect(attributeErrors('phones', { storage_gb: '64' })).toEqual([{ field: 'attributes.storage_gb', message: 'must be a number' }]);
    expect(attributeErrors('shoes', { eu_size: 60 })).toEqual([{ field: 'attributes.eu_size', message: 'must be between 16 and 52' }]);
    expect(attributeErrors('other', { brand: 'x' })).toEqual([{ field: 'attributes.brand', message: 'is not an attribute of other (it takes none)' }]);
  });

  it('assertAttributes throws an invalid-kind error carrying the fields', () => {
    expect(() => assertAttributes('records', {})).toThrow(DomainError);
    try {
      assertAttributes('records', {});
    } catch (e) {
      expect(e).toMatchObject({ kind: 'invalid', code: 'invalid_attributes', fields: [{ field: 'attributes.format' }] });
    }
  });
});
