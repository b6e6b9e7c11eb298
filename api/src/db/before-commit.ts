import type { Transaction } from 'kysely';
import type { DB } from './schema';

/** Work a caller adds at the end of a service's transaction, given its result (e.g. storing the HTTP reply). */
export type BeforeCommit<T> = (trx: Transaction<DB>, result: T) => Promise<void>;
