export { FEATURE_NAMES, NEVER_HOURS, toFeatureVector, vectorFor, type RiskInput } from './features';
export { DEFAULT_MODEL_PATH, loadScorer, modelFeatureNames, type BatchFraudScorer, type FraudScorer, type ModelSource } from './scorer';
export { CATEGORY_MODEL_PATH, loadCategoryModel } from './categories/category-model';
export { generateListing, type GeneratedListing } from './categories/listing-generator';
export type { Prediction, TextClassifier } from './categories/naive-bayes';
export { Rng } from './synthetic/prng';
