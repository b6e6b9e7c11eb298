export { userModerationRoutes } from './user-moderation.routes';
export { moderateUserInTransaction } from './user-moderation.service';
