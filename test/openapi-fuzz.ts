import { randomUUID } from 'node:crypto';

// Requests derived from an OpenAPI 3.1 operation: a valid-ish baseline built from its parameter and
// body schemas, and mutations of it that no schema may accept. Only what the document says is used,
// so an operation is fuzzed the day it is added.

export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  minItems?: number;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  format?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  default?: unknown;
}

export interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header';
  required?: boolean;
  schema: JsonSchema;
}

export interface Operation {
  method: string;
  /** OpenAPI path template, e.g. /v1/orders/{id} */
  path: string;
  parameters: Parameter[];
  body?: JsonSchema;
  /** The route audits every attempt, refused ones too (`x-audits-every-attempt`). */
  auditsEveryAttempt: boolean;
}

export interface FuzzRequest {
  label: string;
  method: string;
  path: string;
  rawBody?: string;
  headers?: Record<string, string>;
}

/** Every operation in an OpenAPI document. */
type DocumentOperation = { parameters?: Parameter[]; requestBody?: { content: Record<string, { schema: JsonSchema }> }; 'x-audits-every-attempt'?: boolean };

export function operationsOf(doc: { paths: Record<string, Record<string, DocumentOperation>> }): Operation[] {
  return Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.entries(ops).map(([method, op]) => ({
      method: method.toUpperCase(),
      path,
      parameters: op.parameters ?? [],
      body: op.requestBody?.content['application/json']?.schema,
      auditsEveryAttempt: op['x-audits-every-attempt'] === true,
    })),
  );
}

/** The first alternative that is not null, for schemas that allow several. */
function concrete(schema: JsonSchema): JsonSchema {
  const options = schema.anyOf ?? schema.oneOf;
  if (options) return concrete(options.find((o) => o.type !== 'null') ?? options[0]!);
  return schema;
}

const typeOf = (schema: JsonSchema) => {
  const s = concrete(schema);
  if (s.enum || s.const !== undefined) return 'enum';
  return Array.isArray(s.type) ? s.type.find((t) => t !== 'null') : s.type;
};

// A few names whose schema (a refinement) the document cannot express.
const HINTS: Record<string, unknown> = { currency: 'EUR', country: 'DE', email: () => `fuzz-${randomUUID()}@example.test` };

/** A value the schema accepts, as far as the schema can say. */
export function sample(schema: JsonSchema, name = ''): unknown {
  const s = concrete(schema);
  if (s.const !== undefined) return s.const;
  if (s.enum) return s.enum[0];
  const hint = HINTS[name];
  if (hint !== undefined) return typeof hint === 'function' ? hint() : hint;
  switch (typeOf(s)) {
    case 'object':
      return Object.fromEntries((s.required ?? []).map((key) => [key, sample(s.properties?.[key] ?? {}, key)]));
    case 'array':
      return Array.from({ length: s.minItems ?? 0 }, () => sample(s.items ?? {}));
    case 'integer':
    case 'number':
      return s.minimum ?? (s.exclusiveMinimum !== undefined ? s.exclusiveMinimum + 1 : 1);
    case 'boolean':
      return true;
    case 'string':
      if (s.format === 'uuid') return randomUUID();
      if (s.format === 'email') return `fuzz-${randomUUID()}@example.test`;
      if (s.format === 'date-time') return new Date().toISOString();
      return 'x'.repeat(Math.max(s.minLength ?? 1, 1));
    default:
      return null;
  }
}

/** A value of another JSON type than the schema's, or undefined when the schema takes anything. */
function wrongType(schema: JsonSchema): unknown {
  const type = typeOf(schema);
  if (type === 'string' || type === 'enum') return 12345;
  if (type === 'integer' || type === 'number') return 'ten';
  if (type === 'boolean') return 'yes';
  if (type === 'object') return [42];
  if (type === 'array') return { not: 'an array' };
  return undefined;
}

/** A value the schema refuses as too large, or undefined when it sets no bound. */
function tooBig(schema: JsonSchema): unknown {
  const s = concrete(schema);
  const type = typeOf(s);
  if (type === 'string' && s.format === undefined) return 'x'.repeat(s.maxLength !== undefined ? s.maxLength + 1 : 1_100_000);
  if ((type === 'integer' || type === 'number') && s.maximum !== undefined) return 1e308;
  if ((type === 'integer' || type === 'number') && s.minimum !== undefined) return -1e308;
  return undefined;
}

/** A path or query value the parameter refuses. */
function badParam(schema: JsonSchema): string[] {
  const s = concrete(schema);
  const type = typeOf(s);
  // A NUL is refused in any text before the schema sees it.
  const bad = ['%00'];
  if (s.format === 'uuid') bad.push('not-a-uuid', `${randomUUID()}x`);
  else if (type === 'enum') bad.push('not-one-of-them');
  else if (type === 'integer' || type === 'number') bad.push('abc', '1e400', '-99999999999999999999999');
  else if (type === 'boolean') bad.push('maybe');
  else if (type === 'string' && s.maxLength !== undefined) bad.push('x'.repeat(s.maxLength + 1));
  return bad;
}

const pathWith = (op: Operation, values: Record<string, string>) => op.path.replace(/\{(\w+)\}/g, (_m, name: string) => values[name] ?? 'x');
const queryString = (values: Record<string, string>) => {
  const entries = Object.entries(values);
  return entries.length ? `?${entries.map(([k, v]) => `${k}=${v}`).join('&')}` : '';
};

/** The baseline request and each mutation of it, at most one of each kind per operation. */
export function fuzzRequests(op: Operation): { baseline: FuzzRequest; mutations: FuzzRequest[] } {
  const pathParams = op.parameters.filter((p) => p.in === 'path');
  const queryParams = op.parameters.filter((p) => p.in === 'query');
  const pathValues = Object.fromEntries(pathParams.map((p) => [p.name, encodeURIComponent(String(sample(p.schema, p.name)))]));
  const queryValues = Object.fromEntries(queryParams.filter((p) => p.required).map((p) => [p.name, encodeURIComponent(String(sample(p.schema, p.name)))]));
  const url = (path = pathValues, query = queryValues) => `${pathWith(op, path)}${queryString(query)}`;
  const body = op.body ? (sample(op.body) as Record<string, unknown>) : undefined;
  const json = (value: unknown) => ({ rawBody: JSON.stringify(value), headers: { 'content-type': 'application/json' } });
  const base = { method: op.method, path: url(), ...(body !== undefined ? json(body) : {}) };
  const mutations: FuzzRequest[] = [];
  const add = (label: string, change: Partial<FuzzRequest>) => mutations.push({ ...base, label, ...change });

  for (const p of pathParams) for (const bad of badParam(p.schema)) add(`path ${p.name}=${bad.slice(0, 20)}`, { path: url({ ...pathValues, [p.name]: bad }) });
  for (const p of queryParams) for (const bad of badParam(p.schema)) add(`query ${p.name}=${bad.slice(0, 20)}`, { path: url(pathValues, { ...queryValues, [p.name]: bad }) });
  if (queryParams.length > 0) add('unknown query parameter', { path: url(pathValues, { ...queryValues, fuzz_unknown: '1' }) });

  const schema = op.body && concrete(op.body);
  if (schema && typeOf(schema) === 'object' && body) {
    const props = Object.entries(schema.properties ?? {});
    add('malformed JSON', { rawBody: '{"unterminated' });
    add('not JSON at all', { rawBody: 'title=x', headers: { 'content-type': 'text/plain' } });
    add('an array for the body', json([body]));
    add('null for the body', json(null));
    add('deep nesting', { rawBody: '{"a":'.repeat(5000) + '1' + '}'.repeat(5000) });
    add('deep nesting in a field', json({ ...body, [props[0]?.[0] ?? 'a']: JSON.parse('['.repeat(100) + ']'.repeat(100)) }));
    const typed = props.find(([, s]) => wrongType(s) !== undefined);
    if (typed) add(`wrong type for ${typed[0]}`, json({ ...body, [typed[0]]: wrongType(typed[1]) }));
    add('wrong types everywhere', { rawBody: JSON.stringify({ amount: 'ten', id: 42, note: { x: 1 }, decision: [] }).replace('{', '{"__proto__":{"admin":true},') });
    if (schema.additionalProperties === false) add('an unknown field', json({ ...body, fuzz_unknown: 1 }));
    const required = schema.required?.[0];
    if (required) add(`missing ${required}`, json(Object.fromEntries(Object.entries(body).filter(([k]) => k !== required))));
    const big = props.find(([, s]) => tooBig(s) !== undefined);
    if (big) add(`too big a ${big[0]}`, json({ ...body, [big[0]]: tooBig(big[1]) }));
    const numeric = props.find(([, s]) => ['integer', 'number'].includes(typeOf(s) ?? ''));
    // Past a double's range: JSON.parse reads it as Infinity.
    if (numeric) add(`1e400 for ${numeric[0]}`, { rawBody: JSON.stringify({ ...body, [numeric[0]]: 0 }).replace(`"${numeric[0]}":0`, `"${numeric[0]}":1e400`) });
    // JSON.stringify never writes a lone surrogate as an escape; the raw text does.
    const text = props.find(([, s]) => typeOf(s) === 'string' || typeOf(s) === 'enum');
    const placeholder = 'FUZZ_SURROGATE';
    add(text ? `a lone surrogate in ${text[0]}` : 'a lone surrogate in a key', {
      rawBody: JSON.stringify(text ? { ...body, [text[0]]: placeholder } : { ...body, [placeholder]: 1 }).replace(placeholder, 'a\\ud800b'),
    });
  }
  if (!op.body && op.method !== 'GET') {
    add('an unexpected body', json({ fuzz_unknown: 1 }));
    add('an unexpected deep body', { ...json(null), rawBody: '['.repeat(5000) + ']'.repeat(5000) });
  }
  return { baseline: { label: 'baseline', ...base }, mutations };
}
