import type { z } from 'zod';
import { AppError } from './errors';

export type Location = 'body' | 'query' | 'params' | 'header';

/** Parses client input; every issue names its field ("price.amount", "query.limit"). */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown, location: Location): z.infer<S> {
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
