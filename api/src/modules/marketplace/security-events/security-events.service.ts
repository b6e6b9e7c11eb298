import type { Transaction } from 'kysely';
import type { AppContext } from '../../../context';
import type { DB, Locale } from '../../../db/schema';
import { appendAudit } from '../../platform/audit';
import { sendMail } from '../../platform/mail';
import { appendEvents } from '../../platform/outbox';
import { type NotificationType, notify } from '../notifications';
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

/**
 * What the user's apps are told of an event (in-app, socket, push). Their mail is the security alert
 * below, which goes to the right address (the old one when the address changed) and says from where.
 */
const NOTICE: Partial<Record<SecurityEventKind, NotificationType>> = {
  login_new_device: 'security.new_login',
  password_changed: 'security.password_changed',
  password_reset: 'security.password_changed',
  email_changed: 'security.email_changed',
  two_factor_enabled: 'security.two_factor_changed',
  two_factor_disabled: 'security.two_factor_changed',
  recovery_codes_regenerated: 'security.two_factor_changed',
};

/** Records the event in the caller's transaction: the user's history, the audit chain, the outbox and the user's notification. */
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
  const notice = NOTICE[input.kind];
  if (notice) await notify(trx, input.userId, notice, { security_event_id: row.id, kind: input.kind }, input.at);
  return row;
}

/** Mails the user about a recorded event, once its transaction has committed. */
export async function sendSecurityAlert(ctx: AppContext, to: { email: string; locale: Locale }, event: SecurityEventRow): Promise<void> {
  await sendMail(ctx, to, `security_alert.${event.kind}`, securityAlert, { kind: event.kind, at: event.created_at, device: event.user_agent, network: event.network });
}
