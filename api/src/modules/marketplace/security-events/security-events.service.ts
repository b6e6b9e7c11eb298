import type { Transaction } from 'kysely';
import type { AppContext } from '../../../context';
import type { DB, Locale } from '../../../db/schema';
import { appendAudit } from '../../platform/audit';
import { sendMail } from '../../platform/mail';
import { appendEvents } from '../../platform/outbox';
import { deviceOf, networkOf } from './network';
import { securityAlert } from './security-alert.mail';
import type { SecurityEventKind } from './security-event-kinds';
import { type SecurityEventRow, insertSecurityEvent } from './security-events.repository';

export interface SecurityEventInput {
  userId: string;
  kind: SecurityEventKind;
  at: Date;
  /** Who did it, when not the user themself (staff, or null for the system). */
  actorId?: string | null;
  /** Where the request came from; kept as its network and device, never the address. */
  origin?: { ip: string; userAgent?: string };
  /** Audited with the event; never a secret (token, code, password) or an address. */
  details?: Record<string, unknown>;
}

/** Records the event in the caller's transaction: the user's history, the audit chain and the outbox. */
export async function recordSecurityEvent(trx: Transaction<DB>, input: SecurityEventInput): Promise<SecurityEventRow> {
  const details = input.details ?? {};
  const row = await insertSecurityEvent(trx, {
    user_id: input.userId,
    kind: input.kind,
    network: input.origin ? networkOf(input.origin.ip) : null,
    user_agent: deviceOf(input.origin?.userAgent),
    details,
    created_at: input.at,
  });
  await appendAudit(trx, {
    actorId: input.actorId === undefined ? input.userId : input.actorId,
    action: `security.${input.kind}`,
    entityType: 'user',
    entityId: input.userId,
    details,
    at: input.at,
  });
  await appendEvents(trx, [
    {
      type: 'user.security_event',
      aggregateType: 'user',
      aggregateId: input.userId,
      occurredAt: input.at,
      payload: { user_id: input.userId, security_event_id: row.id, kind: input.kind },
    },
  ]);
  return row;
}

/** Mails the user about a recorded event, once its transaction has committed. */
export async function sendSecurityAlert(ctx: AppContext, to: { email: string; locale: Locale }, event: SecurityEventRow): Promise<void> {
  await sendMail(ctx, to, `security_alert.${event.kind}`, securityAlert, { kind: event.kind, at: event.created_at, device: event.user_agent, network: event.network });
}
