import { z } from 'zod';
import type { RouteDef } from './route';

const PROBLEM = {
  type: 'object',
  required: ['type', 'title', 'status', 'code'],
  properties: {
    type: { type: 'string' }, title: { type: 'string' }, status: { type: 'integer' }, detail: { type: 'string' }, code: { type: 'string' },
    errors: { type: 'array', items: { type: 'object', properties: { field: { type: 'string' }, message: { type: 'string' } } } },
  },
};

const PROBLEM_CONTENT = { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } };

const integerHeader = (description: string) => ({ description, schema: { type: 'integer', minimum: 0 } });
const RATE_LIMIT_HEADERS = {
  'Retry-After': integerHeader('Seconds until the request may be retried'),
  'RateLimit-Limit': integerHeader('Requests the tightest budget allows per window'),
  'RateLimit-Remaining': integerHeader('Requests left in it'),
  'RateLimit-Reset': integerHeader('Seconds until it refills'),
};

const jsonSchema = (schema: z.ZodType, io: 'input' | 'output') => z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any' });

/** The OpenAPI 3.1 document, derived from the same route definitions that validate requests. */
export function buildOpenApi(routes: readonly RouteDef[], version: string) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const r of routes) {
    const path = r.path.replace(/:(\w+)/g, '{$1}');
    const parameters = [
      ...objectParams(r.params, 'path'),
      ...objectParams(r.query, 'query'),
      ...(r.idempotent ? [{ name: 'Idempotency-Key', in: 'header', required: false, schema: { type: 'string', maxLength: 255 } }] : []),
    ];
    const responses: Record<string, unknown> = {};
    for (const [status, res] of Object.entries(r.responses)) {
      responses[status] = res.schema
        ? { description: res.description, content: { 'application/json': { schema: jsonSchema(res.schema, 'output') } } }
        : { description: res.description, ...(Number(status) >= 400 ? { content: PROBLEM_CONTENT } : {}) };
    }
    responses['400'] ??= { description: 'Invalid input', content: PROBLEM_CONTENT };
    if (r.access !== 'public') responses['401'] ??= { description: 'Missing or invalid token' };
    // Every route counts against the API-wide budget (mount.ts), some against their own as well.
    responses['429'] = {
      description: 'Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands)',
      content: PROBLEM_CONTENT,
      ...(responses['429'] as object | undefined),
      headers: RATE_LIMIT_HEADERS,
    };
    if (r.access !== 'public' && r.access !== 'user') responses['403'] ??= { description: `Requires permission ${r.access}` };
    (paths[path] ??= {})[r.method] = {
      summary: r.summary,
      tags: [r.tag],
      ...(r.access === 'public' ? { security: [] } : {}),
      ...(parameters.length ? { parameters } : {}),
      // Every attempt leaves an audit entry, refusals included (see RouteDef.onInvalidInput).
      ...(r.onInvalidInput ? { 'x-audits-every-attempt': true } : {}),
      ...(r.body ? { requestBody: { required: true, content: { 'application/json': { schema: jsonSchema(r.body, 'input') } } } } : {}),
      responses,
    };
  }
  return {
    openapi: '3.1.0',
    info: { title: 'Agora API', version, description: 'Peer-to-peer marketplace core with trust & safety. Errors are RFC 9457 problem+json.' },
    servers: [{ url: '/' }],
    // Apps send a bearer token; the console a session cookie (plus X-CSRF-Token on unsafe methods).
    security: [{ bearer: [] }, { consoleSession: [] }],
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' }, consoleSession: { type: 'apiKey', in: 'cookie', name: 'agora_session' } },
      schemas: { Problem: PROBLEM },
    },
    paths,
  };
}

function objectParams(schema: z.ZodType | undefined, location: 'path' | 'query') {
  if (!schema) return [];
  const js = jsonSchema(schema, 'input') as { properties?: Record<string, { description?: string }>; required?: string[] };
  // A field's description is the parameter's too: where OpenAPI tools show it.
  return Object.entries(js.properties ?? {}).map(([name, s]) => ({
    name, in: location, required: location === 'path' || (js.required ?? []).includes(name), ...(s.description ? { description: s.description } : {}), schema: s,
  }));
}
