import type { z } from 'zod';
import { AppError } from './errors';

export type Location = 'body' | 'query' | 'params' | 'header';

/** Parses client input; every issue names its field ("price.amount", "query.limit"). */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown, location: Location): z.infer<S> {
  const nul = nulPath(value);
  if (nul) {
    const field = qualify(location, nul.join('.') || location);
    throw new AppError(400, 'validation_failed', `Invalid ${location}: ${field} (must not contain a NUL character)`, [{ field, message: 'must not contain a NUL character' }]);
  }
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const errors = result.error.issues.flatMap((issue) => {
    const base = issue.path.map(String).join('.');
    // Unknown keys are reported one by one, each under its own name.
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ field: qualify(location, base ? `${base}.${key}` : key), message: 'unknown field' }));
    }
    return [{ field: qualify(location, base || location), message: issue.message }];
  });
  const detail = `Invalid ${location}: ${errors.map((e) => `${e.field} (${e.message})`).join('; ')}`;
  throw new AppError(400, 'validation_failed', detail, errors);
}

function qualify(location: Location, field: string): string {
  return location === 'body' || field === location ? field : `${location}.${field}`;
}

/** Where a string holding a NUL character sits in `value`, if anywhere: Postgres text cannot store one. */
function nulPath(value: unknown, path: string[] = []): string[] | undefined {
  if (typeof value === 'string') return value.includes('\u0000') ? path : undefined;
  if (value === null || typeof value !== 'object') return undefined;
  for (const [key, item] of Object.entries(value)) {
    const found = nulPath(item, [...path, key]);
    if (found) return found;
  }
  return undefined;
}
