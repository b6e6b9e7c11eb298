export { notify } from './notifications.repository';
export { notificationsRoutes } from './notifications.routes';
