export type { RiskDecision } from './decision';
export { assessPayment, type PaymentAssessment } from './risk.service';
export { liveModelVersionOf } from './risk-scores.repository';
export { trainingLabels, trainingLabelsCsv } from './training-labels';
export { type VersionScore, liveReasonsOf, versionScores } from './version-scores';
export { RiskReasonsResponse } from './risk-reasons.schemas';
