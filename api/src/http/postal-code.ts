import { z } from 'zod';

/** A postal code as typed on a form: its shape only; the shipping module checks it against the country. */
export const PostalCode = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(16, 'must be at most 16 characters')
  .regex(/^[A-Za-z0-9 -]+$/, 'must contain only letters, digits, spaces and dashes');
