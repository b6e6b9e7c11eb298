import { z } from 'zod';

/**
 * A UUID from a client (path, query or body), lower-cased once here: Postgres accepts either case,
 * but code that compares ids or binds them into ciphertexts (the AAD) sees only this form.
 */
export const Uuid = z.uuid('must be a UUID').toLowerCase();
