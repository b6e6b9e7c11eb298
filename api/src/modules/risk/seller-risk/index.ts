export { latestListingScores, payoutScoreOf } from './seller-risk.repository';
export { SELLER_RISK_CASE_JOB, type SellerRiskAssessment, assessListingSeller, assessPayoutSeller, recordListingRisk } from './seller-risk.service';
