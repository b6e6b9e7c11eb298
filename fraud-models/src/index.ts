export { ESTABLISHED_ACCOUNT_DAYS, FEATURE_NAMES, MONOTONE, NEVER_HOURS, NEW_ACCOUNT_DAYS, toFeatureVector, vectorFor, type RiskInput } from './features';
export type { SellerRiskInput, SellerRiskMoment } from './seller-risk-input';
export { SELLER_RISK_VERSION, scoreSeller, type SellerRiskFeature, type SellerRiskReason, type SellerRiskScore } from './seller-risk';
export { DEFAULT_MODEL_PATH, loadScorer, modelFeatureNames, type BatchFraudScorer, type FraudScorer, type ModelSource } from './scorer';
export { CATEGORY_MODEL_PATH, loadCategoryModel } from './categories/category-model';
export { generateListing, type GeneratedListing } from './categories/listing-generator';
export type { Prediction, TextClassifier } from './categories/naive-bayes';
export { Rng } from './synthetic/prng';
export { decisionFor, modelThresholds, scoreOf, type DecisionThresholds, type RiskDecision } from './decision-policy';
