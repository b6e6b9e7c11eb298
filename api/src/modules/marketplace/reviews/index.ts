export { reviewExists } from './reviews.repository';
export { createReview, holdReportedReview, isReviewParty, reviewAuthorVisibleTo } from './reviews.service';
export { applyReviewDecision } from './review-moderation.service';
export { exportReviewsOf } from './reviews.repository';
