export { FEATURE_NAMES, NEVER_HOURS, toFeatureVector, vectorFor, type RiskInput } from './features';
export { DEFAULT_MODEL_PATH, loadScorer, type BatchFraudScorer, type FraudScorer } from './scorer';
export { CURRENT_MODEL_PATH } from './current-model';
export { readFeatureNames, readModelMetadata } from './model-metadata';
