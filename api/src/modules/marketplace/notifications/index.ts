export { notify } from './notifications.repository';
export { deleteNotificationsOf, exportNotificationsOf } from './notifications.repository';
