import type { z } from 'zod';
import { AppError } from './errors';

export type Location = 'body' | 'query' | 'params' | 'header';

/** Deeper than any input the API defines; the walks after validation (audit, jsonb) stay far from the stack limit. */
export const MAX_INPUT_DEPTH = 64;

/** Parses client input; every issue names its field ("price.amount", "query.limit"). */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown, location: Location): z.infer<S> {
  const unfit = unfitText(value);
  if (unfit) {
    const field = qualify(location, unfit.path.join('.') || location);
    throw new AppError(400, 'validation_failed', `Invalid ${location}: ${field} (${unfit.message})`, [{ field, message: unfit.message }]);
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

const LONE_SURROGATE = /\p{Surrogate}/u;

/** Why a string (a value or a key) cannot be taken as text: Postgres text holds no NUL, and UTF-8 cannot encode a lone surrogate. */
function textFault(text: string): string | undefined {
  if (text.includes('\u0000')) return 'must not contain a NUL character';
  if (LONE_SURROGATE.test(text)) return 'must be well-formed Unicode (no lone surrogates)';
  return undefined;
}

/**
 * The first place in `value` no schema should see: nesting deeper than MAX_INPUT_DEPTH (reported
 * at the top, path []), or a string or key that is not storable text. Iterative, so no input can
 * exhaust the stack.
 */
function unfitText(value: unknown): { path: string[]; message: string } | undefined {
  const stack: { value: unknown; path: string[] }[] = [{ value, path: [] }];
  for (let next = stack.pop(); next; next = stack.pop()) {
    if (typeof next.value === 'string') {
      const message = textFault(next.value);
      if (message) return { path: next.path, message };
      continue;
    }
    if (next.value === null || typeof next.value !== 'object') continue;
    if (next.path.length >= MAX_INPUT_DEPTH) return { path: [], message: `must not nest deeper than ${MAX_INPUT_DEPTH} levels` };
    for (const [key, item] of Object.entries(next.value)) {
      const message = textFault(key);
      // The field is named with its faults made visible rather than echoed raw.
      if (message) return { path: [...next.path, key.replaceAll('\0', '\\0').replace(/\p{Surrogate}/gu, '\uFFFD')], message };
      stack.push({ value: item, path: [...next.path, key] });
    }
  }
  return undefined;
}
