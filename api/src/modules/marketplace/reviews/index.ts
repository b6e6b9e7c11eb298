export { reviewExists } from './reviews.repository';
export { createReview, holdReportedReview, isReviewParty, reputation, reviewAuthorVisibleTo } from './reviews.service';
export { applyReviewDecision } from './review-moderation.service';
export { exportReviewsOf } from './reviews.repository';
export { ReputationResponse } from './reviews.schemas';
export { type SellerRating, ratedAtLeast, refreshSellerRatings, sellerRatingsOf } from './seller-ratings';
