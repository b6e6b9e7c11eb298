import type { z } from 'zod';

export const AGGREGATE_TYPES = ['order', 'user', 'listing', 'fraud_case', 'payout', 'dispute', 'report', 'review', 'message', 'conversation', 'model', 'auction', 'offer'] as const;
export type AggregateType = (typeof AGGREGATE_TYPES)[number];

export type PayloadSchema = z.ZodType<Record<string, unknown>>;

export interface EventVersion {
  version: number;
  schema: PayloadSchema;
}

/** One event type: its aggregate, every version a consumer may meet, and the current one writers stamp. */
export interface EventDefinition extends EventVersion {
  aggregate: AggregateType;
  description: string;
  versions: readonly EventVersion[];
}

/**
 * Versioning rule. Adding an optional field, or widening an enum, is compatible: edit the current
 * schema in place (old payloads still parse). Anything else — removing or renaming a field, making
 * one required, changing its type or meaning — is a new version: append a schema here (the last is
 * current; versions count from 1) and keep the old ones, so a consumer can parse every stored event
 * by its `event_version`. Payload objects are strict: a field a writer adds without declaring it
 * here dead-letters instead of reaching analytics undocumented.
 */
export function defineEvent(aggregate: AggregateType, description: string, ...schemas: [PayloadSchema, ...PayloadSchema[]]): EventDefinition {
  const versions = schemas.map((schema, i) => ({ version: i + 1, schema }));
  return { aggregate, description, ...versions[versions.length - 1]!, versions };
}
