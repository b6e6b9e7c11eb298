export { applyModeration } from './user-moderation.service';
