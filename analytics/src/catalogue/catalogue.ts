import type { z } from 'zod';
import { AUCTION_EVENTS } from './auction';
import { CONVERSATION_EVENTS } from './conversation';
import { DISPUTE_EVENTS } from './dispute';
import type { EventDefinition } from './event';
import { FRAUD_CASE_EVENTS } from './fraud-case';
import { LISTING_EVENTS } from './listing';
import { MESSAGE_EVENTS } from './message';
import { MODEL_EVENTS } from './model';
import { OFFER_EVENTS } from './offer';
import { ORDER_EVENTS } from './order';
import { PAYOUT_EVENTS } from './payout';
import { REPORT_EVENTS } from './report';
import { REVIEW_EVENTS } from './review';
import { SAVED_SEARCH_EVENTS } from './saved-search';
import { SELLER_RISK_EVENTS } from './seller-risk';
import { USER_EVENTS } from './user';

/** Every event type the outbox accepts, by type. */
export const EVENT_CATALOGUE: Readonly<Record<string, EventDefinition>> = Object.freeze({
  ...ORDER_EVENTS,
  ...USER_EVENTS,
  ...LISTING_EVENTS,
  ...DISPUTE_EVENTS,
  ...MESSAGE_EVENTS,
  ...CONVERSATION_EVENTS,
  ...REVIEW_EVENTS,
  ...REPORT_EVENTS,
  ...FRAUD_CASE_EVENTS,
  ...PAYOUT_EVENTS,
  ...MODEL_EVENTS,
  ...SAVED_SEARCH_EVENTS,
  ...AUCTION_EVENTS,
  ...OFFER_EVENTS,
  ...SELLER_RISK_EVENTS,
});

export type EventCheck = { ok: true; version: number } | { ok: false; version: number | null; reason: string };

const MAX_ISSUES = 5;

// Field paths and zod's messages, which name expected types and allowed values but never echo the
// received value: the reason is stored and logged, and a payload can hold personal data.
function describeIssues(error: z.ZodError): string {
  const issues = error.issues.slice(0, MAX_ISSUES).map((i) => `payload${i.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('')}: ${i.message}`);
  const more = error.issues.length - MAX_ISSUES;
  return more > 0 ? `${issues.join('; ')}; and ${more} more` : issues.join('; ');
}

export function eventDefinition(type: string): EventDefinition | undefined {
  return Object.hasOwn(EVENT_CATALOGUE, type) ? EVENT_CATALOGUE[type] : undefined;
}

/** Checks an event a writer is about to store against the current version of its type. */
export function checkEvent(type: string, aggregateType: string, payload: unknown): EventCheck {
  const definition = eventDefinition(type);
  if (!definition) return { ok: false, version: null, reason: `unknown event type ${JSON.stringify(type)}` };
  const { version } = definition;
  if (aggregateType !== definition.aggregate) {
    return { ok: false, version, reason: `aggregate_type: expected ${definition.aggregate}, got ${JSON.stringify(aggregateType)}` };
  }
  const parsed = definition.schema.safeParse(payload);
  return parsed.success ? { ok: true, version } : { ok: false, version, reason: describeIssues(parsed.error) };
}

/** For consumers: parses a stored payload by the version it was written with. Throws on an unknown type or version, or a payload that does not match. */
export function parseEvent(type: string, version: number, payload: unknown): Record<string, unknown> {
  const schema = eventDefinition(type)?.versions.find((v) => v.version === version)?.schema;
  if (!schema) throw new Error(`no catalogued schema for ${type} v${version}`);
  return schema.parse(payload);
}
