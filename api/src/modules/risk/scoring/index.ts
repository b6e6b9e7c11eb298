export type { RiskDecision } from './decision';
export { assessPayment, type PaymentAssessment } from './risk.service';
export { trainingLabels, trainingLabelsCsv } from './training-labels';
