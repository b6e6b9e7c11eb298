export { userModerationRoutes } from './user-moderation.routes';
