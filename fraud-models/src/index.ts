export { FEATURE_NAMES, NEVER_HOURS, toFeatureVector, vectorFor, type RiskInput } from './features';
export { DEFAULT_MODEL_PATH, loadScorer, modelFeatureNames, type BatchFraudScorer, type FraudScorer, type ModelSource } from './scorer';
