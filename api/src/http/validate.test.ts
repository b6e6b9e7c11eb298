import { z } from 'zod';
import { AppError } from './errors';
import { MAX_INPUT_DEPTH, parseInput } from './validate';

const nested = (depth: number): unknown => JSON.parse('{"a":'.repeat(depth) + '1' + '}'.repeat(depth));
const Anything = z.unknown();

function refusal(value: unknown, location: 'body' | 'query' = 'body') {
  try {
    parseInput(Anything, value, location);
  } catch (err) {
    if (err instanceof AppError) return { status: err.status, code: err.code, errors: err.errors };
    throw err;
  }
  return undefined;
}

describe('parseInput refuses what no schema should see, naming the field', () => {
  test('nesting past the limit is refused at the top, however deep (no stack overflow)', () => {
    for (const depth of [MAX_INPUT_DEPTH + 1, 100_000]) {
      expect(refusal(nested(depth))).toEqual({
        status: 400,
        code: 'validation_failed',
        errors: [{ field: 'body', message: `must not nest deeper than ${MAX_INPUT_DEPTH} levels` }],
      });
    }
    expect(refusal(JSON.parse('['.repeat(5000) + ']'.repeat(5000)))).toMatchObject({ errors: [{ field: 'body' }] });
  });

  test('nesting up to the limit passes', () => {
    expect(refusal(nested(MAX_INPUT_DEPTH))).toBeUndefined();
  });

  test.each([
    ['a lone high surrogate', { note: { text: 'a\uD800b' } }, 'note.text', 'must be well-formed Unicode (no lone surrogates)'],
    ['a lone low surrogate in an array', { tags: ['ok', '\uDC00'] }, 'tags.1', 'must be well-formed Unicode (no lone surrogates)'],
    ['a lone surrogate in a key', { note: { ['k\uD800']: 1 } }, 'note.k\uFFFD', 'must be well-formed Unicode (no lone surrogates)'],
    ['a NUL character', { reason: 'a\u0000b' }, 'reason', 'must not contain a NUL character'],
    ['a NUL character in a key', { ['a\u0000']: 'x' }, 'a\\0', 'must not contain a NUL character'],
  ])('%s', (_name, value, field, message) => {
    expect(refusal(value)).toEqual({ status: 400, code: 'validation_failed', errors: [{ field, message }] });
  });

  test('query fields are named under query', () => {
    expect(refusal({ q: '\uDFFF' }, 'query')).toMatchObject({ errors: [{ field: 'query.q' }] });
  });

  test('well-formed text, surrogate pairs included, passes', () => {
    expect(parseInput(Anything, { note: 'café 😀 \uD83D\uDE00' }, 'body')).toEqual({ note: 'café 😀 😀' });
  });
});
