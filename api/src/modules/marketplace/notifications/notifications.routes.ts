import { pageResponse, page } from '../../../http/pagination';
import { route } from '../../../http/route';
import { vapidKeys } from '../../../adapters/web-push';
import { findPreferences, toPreferencesResponse } from './notification-preferences';
import { listNotifications, markRead, toNotificationResponse, unreadCount } from './notifications.repository';
import {
  MarkReadBody,
  MarkReadResponse,
  NotificationListQuery,
  NotificationResponse,
  PreferencesBody,
  PreferencesResponse,
  PushSubscriptionBody,
  PushSubscriptionParams,
  PushSubscriptionResponse,
  UnreadCountResponse,
  VapidKeyResponse,
} from './notifications.schemas';
import { subscribePush, unsubscribePush, updatePreferences } from './notification-settings.service';

export const notificationsRoutes = [
  route({
    method: 'get',
    path: '/v1/me/notifications',
    operationId: 'listMyNotifications',
    tag: 'notifications',
    access: 'user',
    summary: 'Your notifications, newest first, with their text in your language (`?unread=true`: only unread ones)',
    query: NotificationListQuery,
    responses: { 200: { description: 'A page of notifications', schema: pageResponse(NotificationResponse) } },
    handler: async ({ ctx, user, query }) => {
      const { timeZone } = await findPreferences(ctx.db, user.id);
      const rows = await listNotifications(ctx.db, user.id, { limit: query.limit, cursor: query.cursor, unread: query.unread });
      return { status: 200, body: page(rows, query.limit, (n) => toNotificationResponse(n, { locale: user.locale, timeZone })) };
    },
  }),
  route({
    method: 'get',
    path: '/v1/me/notifications/unread-count',
    operationId: 'countMyUnreadNotifications',
    tag: 'notifications',
    access: 'user',
    summary: 'How many of your notifications are unread',
    responses: { 200: { description: 'The count', schema: UnreadCountResponse } },
    handler: async ({ ctx, user }) => ({ status: 200, body: { unread: await unreadCount(ctx.db, user.id) } }),
  }),
  route({
    method: 'post',
    path: '/v1/me/notifications/read',
    operationId: 'markMyNotificationsRead',
    tag: 'notifications',
    access: 'user',
    summary: 'Mark notifications read: `{ids}` (ids that are not yours are ignored) or `{all: true}`',
    body: MarkReadBody,
    responses: { 200: { description: 'How many changed, and how many stay unread', schema: MarkReadResponse } },
    handler: async ({ ctx, user, body }) => {
      const updated = await markRead(ctx.db, user.id, 'all' in body ? 'all' : body.ids, ctx.clock.now());
      return { status: 200, body: { updated, unread: await unreadCount(ctx.db, user.id) } };
    },
  }),
  route({
    method: 'get',
    path: '/v1/me/notification-preferences',
    operationId: 'getMyNotificationPreferences',
    tag: 'notifications',
    access: 'user',
    summary: 'How each notification type reaches you (in-app, socket, e-mail immediate/daily/off, push), your quiet hours and time zone',
    responses: { 200: { description: 'Every type with its channels', schema: PreferencesResponse } },
    handler: async ({ ctx, user }) => ({ status: 200, body: toPreferencesResponse(await findPreferences(ctx.db, user.id)) }),
  }),
  route({
    method: 'put',
    path: '/v1/me/notification-preferences',
    operationId: 'updateMyNotificationPreferences',
    tag: 'notifications',
    access: 'user',
    summary: 'Change channels per type, quiet hours (`null` to clear) and your time zone; what is not named stays',
    body: PreferencesBody,
    responses: {
      200: { description: 'The preferences now', schema: PreferencesResponse },
      422: { description: 'A bad time zone or time, or security mail turned off (`locked_preference`)' },
    },
    handler: async ({ ctx, user, body }) => ({ status: 200, body: await updatePreferences(ctx, user.id, body) }),
  }),
  route({
    method: 'get',
    path: '/v1/push/vapid-public-key',
    operationId: 'getVapidPublicKey',
    tag: 'notifications',
    access: 'public',
    summary: 'The application server key to subscribe to Web Push with',
    responses: { 200: { description: 'The VAPID public key', schema: VapidKeyResponse } },
    handler: async ({ ctx }) => ({ status: 200, body: { public_key: vapidKeys(ctx.config).publicKey } }),
  }),
  route({
    method: 'post',
    path: '/v1/me/push-subscriptions',
    operationId: 'createMyPushSubscription',
    tag: 'notifications',
    access: 'user',
    summary: 'Register a browser’s push subscription (PushSubscription.toJSON()); the same endpoint again updates its keys',
    body: PushSubscriptionBody,
    responses: {
      201: { description: 'Registered', schema: PushSubscriptionResponse },
      200: { description: 'Already registered; keys updated', schema: PushSubscriptionResponse },
      422: { description: 'Not https, or keys of the wrong length' },
    },
    handler: async ({ ctx, user, body }) => {
      const saved = await subscribePush(ctx, user.id, body);
      return { status: saved.created ? 201 : 200, body: { id: saved.id, created_at: saved.created_at } };
    },
  }),
  route({
    method: 'delete',
    path: '/v1/me/push-subscriptions/:id',
    operationId: 'deleteMyPushSubscription',
    tag: 'notifications',
    access: 'user',
    summary: 'Stop push to one browser',
    params: PushSubscriptionParams,
    responses: { 204: { description: 'Deleted' }, 404: { description: 'No such subscription of yours' } },
    handler: async ({ ctx, user, params }) => {
      await unsubscribePush(ctx, user.id, params.id);
      return { status: 204 };
    },
  }),
];
