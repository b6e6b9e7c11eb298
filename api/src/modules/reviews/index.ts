export { reviewModerationRoutes } from './review-moderation.routes';
export { reviewsRoutes } from './reviews.routes';
export { holdReportedReview, reviewAuthorVisibleTo } from './reviews.service';
export { applyReviewDecision } from './review-moderation.service';
