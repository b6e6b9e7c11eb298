import { type TextClassifier, loadCategoryModel } from '@agora/fraud-models';
import { LEAF_CATEGORIES, findCategory, pathOf } from './categories';

const LEAVES = new Set(LEAF_CATEGORIES);
// Read once, on the first suggestion: the model file (~300 KB) is committed with the code.
let model: TextClassifier | undefined;

/** The `limit` leaf categories the model finds likeliest for a listing's text, best first. */
export function suggestCategories(title: string, description: string | undefined, limit = 3) {
  model ??= loadCategoryModel();
  const ranked = model.predict(description ? `${title}\n${description}` : title);
  // A leaf the tree has dropped since the model was trained is never suggested.
  return {
    model: model.version,
    data: ranked
      .filter((p) => LEAVES.has(p.label))
      .slice(0, limit)
      .map((p) => ({ slug: p.label, name: findCategory(p.label)!.name, path: pathOf(p.label).map(({ slug, name }) => ({ slug, name })), score: Number(p.score.toFixed(4)) })),
  };
}
