import { z } from 'zod';
import { PageQuery, page, pageResponse } from '../../../http/pagination';
import { route } from '../../../http/route';
import { listNotifications, toNotificationResponse } from './notifications.repository';

const NotificationResponse = z.object({ id: z.uuid(), type: z.string(), data: z.record(z.string(), z.unknown()), created_at: z.iso.datetime() }).meta({ id: 'Notification' });

export const notificationsRoutes = [
  route({
    method: 'get',
    path: '/v1/me/notifications',
    operationId: 'listMyNotifications',
    tag: 'notifications',
    access: 'user',
    summary: 'Your notifications, newest first',
    query: PageQuery.strict(),
    responses: { 200: { description: 'A page of notifications', schema: pageResponse(NotificationResponse) } },
    handler: async ({ ctx, user, query }) => ({
      status: 200,
      body: page(await listNotifications(ctx.db, user.id, query.limit, query.cursor), query.limit, toNotificationResponse),
    }),
  }),
];
