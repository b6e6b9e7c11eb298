import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type NaiveBayesFile, type TextClassifier, naiveBayes } from './naive-bayes';

/** The committed category-suggestion model (`npm run train:categories` writes it). */
export const CATEGORY_MODEL_PATH = path.join(__dirname, '..', '..', 'models', 'category-suggest.json');

/** Loads a stored category model (a naive Bayes file) as a classifier. */
export function loadCategoryModel(file = CATEGORY_MODEL_PATH): TextClassifier {
  return naiveBayes(JSON.parse(readFileSync(file, 'utf8')) as NaiveBayesFile);
}
