import { Rng, generateListing, loadCategoryModel } from '@agora/fraud-models';
import { attributeErrors } from './attributes';
import { LEAF_CATEGORIES } from './categories';
import { suggestCategories } from './category-suggest';

describe('category suggestion', () => {
  it('ranks the three likeliest leaves with their paths: a camera body is a camera', () => {
    const { model, data } = suggestCategories('Canon EOS 5D camera body', undefined);
    expect(model).toBe('category-nb-v1');
    expect(data).toHaveLength(3);
    expect(data[0]).toEqual({
      slug: 'cameras',
      name: 'Cameras',
      path: [
        { slug: 'electronics', name: 'Electronics' },
        { slug: 'cameras', name: 'Cameras' },
      ],
      score: expect.any(Number),
    });
    expect(data[0]!.score).toBeGreaterThanOrEqual(data[1]!.score);
  });

  it('reads the description too', () => {
    expect(suggestCategories('Must go this week', 'Selling my Fender Stratocaster electric guitar with case.').data[0]!.slug).toBe('instruments');
  });

  it('the model knows exactly the tree’s leaves', () => {
    expect([...loadCategoryModel().classes].sort()).toEqual([...LEAF_CATEGORIES].sort());
  });
});

describe('the demo listing generator', () => {
  it('makes listings whose attributes fit their category, for every leaf', () => {
    const rng = new Rng(7);
    for (const category of LEAF_CATEGORIES) {
      for (let i = 0; i < 20; i++) {
        const listing = generateListing(rng, category);
        expect({ category, errors: attributeErrors(category, listing.attributes) }).toEqual({ category, errors: [] });
        expect(listing.title.length).toBeGreaterThanOrEqual(3);
        expect(listing.title.length).toBeLessThanOrEqual(120);
      }
    }
  });
});
