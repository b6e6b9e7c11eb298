import { z } from 'zod';
import type { AppContext } from '../../../context';
import { forbidden, notFound } from '../../../errors';
import { Uuid } from '../../../http/ids';
import { PageQuery } from '../../../http/pagination';
import { route } from '../../../http/route';
import { disputeExists } from '../../trust-safety/disputes';
import { fraudCaseExists } from '../../trust-safety/fraud-cases';
import { findListing } from '../../marketplace/listings';
import { findOrder } from '../../marketplace/orders';
import { reportExists } from '../../trust-safety/reports';
import { reviewExists } from '../../marketplace/reviews';
import { type Permission, hasPermission } from '../staff';
import { userExists } from '../../marketplace/users';
import { AuditCursor, auditPage, listAuditEntries } from './audit-view.repository';
import { IS_PARTY, withoutOwnEntries } from './timeline-party';

const Page = {
  limit: PageQuery.shape.limit,
  cursor: AuditCursor.optional().describe('Opaque cursor: the previous page’s next_cursor, for the page after it (omit for the first page)'),
};

const AuditEntryResponse = z
  .object({
    id: z.string(),
    actor_id: z.uuid().nullable(),
    action: z.string(),
    entity_type: z.string(),
    entity_id: z.uuid(),
    details: z.record(z.string(), z.unknown()),
    created_at: z.iso.datetime(),
    seq: z.string().nullable(),
    sealed: z.boolean(),
  })
  .meta({ id: 'AuditEntry' });
const AuditPageResponse = z.object({ data: z.array(AuditEntryResponse), next_cursor: z.string().nullable() });

/** Who may read an entity's timeline (whoever may read the entity itself), and whether one exists. */
const TIMELINE_ENTITIES = {
  user: { permission: 'users.read', exists: userExists },
  order: { permission: 'orders.read', exists: async (db, id) => (await findOrder(db, id)) !== undefined },
  fraud_case: { permission: 'fraud_cases.read', exists: fraudCaseExists },
  report: { permission: 'reports.read', exists: reportExists },
  dispute: { permission: 'disputes.read', exists: disputeExists },
  listing: { permission: 'listings.moderate', exists: async (db, id) => (await findListing(db, id)) !== undefined },
  review: { permission: 'reviews.moderate', exists: reviewExists },
} as const satisfies Record<string, { permission: Permission; exists: (db: AppContext['db'], id: string) => Promise<boolean> }>;
const ENTITY_TYPES = Object.keys(TIMELINE_ENTITIES) as (keyof typeof TIMELINE_ENTITIES)[];

export const auditLogRoutes = [
  route({
    method: 'get',
    path: '/v1/admin/audit',
    operationId: 'adminListAuditEntries',
    tag: 'admin',
    access: 'audit.read',
    summary: 'The audit log, newest first, filtered by entity, actor or action; each entry says whether it is sealed into the hash chain',
    query: z.strictObject({
      ...Page,
      entity_type: z
        .string()
        .trim()
        .min(1, 'must not be empty')
        .max(64, 'must be at most 64 characters')
        .optional()
        .describe('Only entries about this kind of entity, e.g. order, user, fraud_case'),
      entity_id: Uuid.optional().describe('Only entries about this entity'),
      actor_id: Uuid.optional().describe('Only entries by this user or staff member'),
      action: z.string().trim().min(1, 'must not be empty').max(100, 'must be at most 100 characters').optional().describe('Only entries of this action, e.g. fraud_case.decided'),
    }),
    responses: { 200: { description: 'A page of audit entries, without those about an entity the caller is a party to', schema: AuditPageResponse } },
    handler: async ({ ctx, user, query }) => {
      const page = auditPage(await listAuditEntries(ctx.db, query), query.limit);
      return { status: 200, body: { ...page, data: await withoutOwnEntries(ctx.db, page.data, user.id) } };
    },
  }),
  route({
    method: 'get',
    path: '/v1/admin/timeline/:entityType/:entityId',
    operationId: 'adminGetEntityTimeline',
    tag: 'admin',
    access: 'staff.self',
    summary: 'Every recorded decision on one entity, newest first (not the record of who viewed it); readable with the permission that reads the entity, 404 to a party to it',
    params: z.strictObject({
      entityType: z.enum(ENTITY_TYPES, { error: `must be one of ${ENTITY_TYPES.join(', ')}` }).describe('The kind of entity'),
      entityId: Uuid.describe('The entity’s id'),
    }),
    query: z.strictObject(Page),
    responses: {
      200: { description: 'A page of audit entries', schema: AuditPageResponse },
      403: { description: 'May not read this kind of entity' },
      404: { description: 'No such entity, or the caller is a party to it (the same answer)' },
    },
    handler: async ({ ctx, user, params, query }) => {
      const entity = TIMELINE_ENTITIES[params.entityType];
      if (!hasPermission(user.roles, entity.permission)) throw forbidden();
      const hidden = !(await entity.exists(ctx.db, params.entityId)) || (await IS_PARTY[params.entityType](ctx.db, params.entityId, user.id));
      if (hidden) throw notFound(`${params.entityType} ${params.entityId}`);
      const rows = await listAuditEntries(ctx.db, { entity_type: params.entityType, entity_id: params.entityId, decisionsOnly: true, ...query });
      return { status: 200, body: auditPage(rows, query.limit) };
    },
  }),
];
