export { FEATURE_NAMES, toFeatureVector, type RiskInput } from './features';
export { DEFAULT_MODEL_PATH, loadScorer, type BatchFraudScorer, type FraudScorer } from './scorer';
