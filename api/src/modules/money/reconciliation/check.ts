import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema';

/** One thing found wrong: which check found it, on what (e.g. `order:<id>`), and how it is wrong. */
export interface Discrepancy {
  check: string;
  entity: string;
  detail: string;
}

export type Finding = Omit<Discrepancy, 'check'>;

/**
 * A set-based consistency check: a few statements over whole tables, never a query per entity, so it
 * runs on millions of postings. Reports only what is wrong.
 */
export interface Check {
  name: string;
  description: string;
  run(db: Kysely<DB>, now: Date): Promise<Discrepancy[]>;
}

export function defineCheck(name: string, description: string, find: (db: Kysely<DB>, now: Date) => Promise<Finding[]>): Check {
  return { name, description, run: async (db, now) => (await find(db, now)).map((f) => ({ check: name, ...f })) };
}
