export { notify } from './notifications.repository';
export { type NotificationType } from './notification-types';
export { deleteNotificationsOf, exportNotificationsOf } from './notifications.repository';
export { deletePreferencesOf, exportPreferencesOf } from './notification-preferences';
export { PUSH_SUBSCRIPTIONS_TABLE, deletePushSubscriptionsOf } from './push-subscriptions.repository';
export { runNotificationDeliveries } from './notification-delivery.service';
export { type LabelledMetric, notificationMetrics } from './notification-metrics';
export { listenForDeliveries } from './delivery-wakeup';
