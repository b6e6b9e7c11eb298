import { z } from 'zod';

// Keyset cursor over (created_at DESC, transaction_id DESC, bucket DESC). The timestamp keeps
// Postgres's microseconds (a JS Date would drop them and skip or repeat rows that share a millisecond).

export interface HistoryCursor {
  /** created_at as UTC ISO 8601 with microseconds, exactly as Postgres renders it. */
  at: string;
  transactionId: string;
  /** `<balance>:<currency>`, e.g. `pending:EUR`. */
  bucket: string;
}

const AT = /^[1-9]\d{3}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;
const BUCKET = /^(pending|available|payment):[A-Z]{3}$/;

/** A real calendar instant: JS Date would roll 2026-02-31 over into March, Postgres refuses it. */
function isInstant(at: string): boolean {
  const millis = `${at.slice(0, 23)}Z`;
  const date = new Date(millis);
  return !Number.isNaN(date.getTime()) && date.toISOString() === millis;
}

export function encodeHistoryCursor(c: HistoryCursor): string {
  return Buffer.from(JSON.stringify([c.at, c.transactionId, c.bucket])).toString('base64url');
}

export const HistoryCursorSchema = z
  .string()
  .max(300, 'is not a valid cursor')
  .transform((raw, ctx): HistoryCursor => {
    try {
      const parsed: unknown = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
      if (Array.isArray(parsed) && parsed.length === 3) {
        const [at, transactionId, bucket] = parsed as unknown[];
        if (
          typeof at === 'string' &&
          AT.test(at) &&
          isInstant(at) &&
          typeof transactionId === 'string' &&
          z.uuid().safeParse(transactionId).success &&
          typeof bucket === 'string' &&
          BUCKET.test(bucket)
        ) {
          return { at, transactionId, bucket };
        }
      }
    } catch {
      // not base64url JSON: reported below
    }
    ctx.addIssue({ code: 'custom', message: 'is not a valid cursor' });
    return z.NEVER;
  });
