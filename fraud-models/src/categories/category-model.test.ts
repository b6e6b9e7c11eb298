import { readFileSync } from 'node:fs';
import { CATEGORY_MODEL_PATH, loadCategoryModel } from './category-model';
import { trainCategoryModel } from './train-categories';

describe('the committed category model', () => {
  it('is exactly what `npm run train:categories` makes from the seeded corpus', () => {
    expect(readFileSync(CATEGORY_MODEL_PATH, 'utf8')).toBe(`${JSON.stringify(trainCategoryModel().file)}\n`);
  });

  it('suggests cameras first for a camera body', () => {
    const ranked = loadCategoryModel().predict('Canon EOS 5D camera body');
    expect(ranked[0]).toEqual({ label: 'cameras', score: expect.any(Number) });
    expect(ranked[0]!.score).toBeGreaterThan(0.5);
  });
});
