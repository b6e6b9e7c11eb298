export { applyModeration } from './user-moderation.service';
export { userModerationRoutes } from './user-moderation.routes';
