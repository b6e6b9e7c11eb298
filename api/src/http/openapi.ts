import { z } from 'zod';
import type { RouteDef } from './route';

const PROBLEM = {
  type: 'object',
  description: 'RFC 9457 problem details. `code` is stable and machine-readable; `errors` lists each refused field of a request.',
  required: ['type', 'title', 'status', 'code'],
  properties: {
    type: { type: 'string', description: 'A URI naming the kind of problem (its last segment is the code)' },
    title: { type: 'string', description: 'A short summary of the kind of problem' },
    status: { type: 'integer', description: 'The HTTP status code' },
    detail: { type: 'string', description: 'What went wrong on this request' },
    code: { type: 'string', description: 'Stable error code, e.g. validation_failed, not_found, order_not_payable' },
    errors: {
      type: 'array',
      description: 'Refused input fields (validation problems only)',
      items: {
        type: 'object',
        required: ['field', 'message'],
        properties: { field: { type: 'string', description: 'The refused field’s path, e.g. price.amount' }, message: { type: 'string', description: 'What is wrong with it' } },
      },
    },
    instance: { type: 'string', description: 'The request path' },
  },
  examples: [
    {
      type: 'https://agora.dev/problems/validation_failed',
      title: 'Bad Request',
      status: 400,
      detail: 'Invalid body: listing_id (must be a UUID)',
      code: 'validation_failed',
      errors: [{ field: 'listing_id', message: 'must be a UUID' }],
    },
  ],
};

const PROBLEM_CONTENT = { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } };
const problem = (description: string) => ({ description, content: PROBLEM_CONTENT });

const integerHeader = (description: string) => ({ description, schema: { type: 'integer', minimum: 0 } });
const RATE_LIMIT_HEADERS = {
  'Retry-After': integerHeader('Seconds until the request may be retried'),
  'RateLimit-Limit': integerHeader('Requests the tightest budget allows per window'),
  'RateLimit-Remaining': integerHeader('Requests left in it'),
  'RateLimit-Reset': integerHeader('Seconds until it refills'),
};

const IDEMPOTENCY_KEY = {
  name: 'Idempotency-Key',
  in: 'header',
  required: false,
  description:
    'Any unique string (a UUID is best). A retry with the same key and request replays the first reply (Idempotent-Replayed: true) instead of acting twice; the key with another request is a 422, a retry while the first is in flight a 409.',
  schema: { type: 'string', maxLength: 255 },
};

const TAGS = {
  auth: 'Accounts and sessions: register, sign in (bearer token), the console session cookie',
  categories: 'The category tree and its attributes, and category suggestions for a new listing',
  listings: 'Items for sale: create, edit, search, the lifecycle (draft, publish, withdraw, relist, mark sold) and price history',
  orders: 'Buying: the order lifecycle, payment, refunds, messages, disputes and reviews on an order',
  balance: 'Money held for you: balances per currency and the transaction history (JSON pages or CSV)',
  payouts: 'Paying your available balance out, on request or on a schedule',
  profile: 'Personal data (stored encrypted): profile, payout details, identity documents',
  users: 'Public profiles: what anyone may see of a user (never an address or an email), their avatar and their listings',
  blocks: 'Blocking a user: no messages, orders or reviews between you, and your listings hidden from them',
  sellers: 'The seller’s account with the payment provider',
  reports: 'Reporting listings, users, messages and reviews to moderators',
  disputes: 'A buyer’s dispute: thread and evidence, for the parties',
  notifications: 'What happened to your orders, listings and disputes',
  reviews: 'Double-blind reviews and reputation',
  admin: 'Staff endpoints: queues and decisions (each needs the permission it names)',
  webhooks: 'Events from the payment provider',
};

/** JSON Schema conversion: schemas named with `.meta({ id })` become `components/schemas` entries. */
function schemaConverter() {
  const named: Record<string, unknown> = { Problem: PROBLEM };
  const convert = (schema: z.ZodType, io: 'input' | 'output') => {
    const {
      $schema: _,
      $defs = {},
      ...js
    } = z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any' }) as Record<string, unknown> & { $defs?: Record<string, unknown> };
    return { js, $defs };
  };
  return {
    named,
    /** A response body: named parts by reference. */
    output(schema: z.ZodType) {
      const { js, $defs } = convert(schema, 'output');
      for (const [id, def] of Object.entries($defs)) {
        const linked = relink(def);
        if (named[id] !== undefined && JSON.stringify(named[id]) !== JSON.stringify(linked)) throw new Error(`Two different schemas are named ${id}`);
        named[id] = linked;
      }
      return relink(js);
    },
    /** Request input stays inline: it is the validation contract, read as it is by the fuzz suite (which follows no $ref). */
    input(schema: z.ZodType) {
      const { js, $defs } = convert(schema, 'input');
      if (Object.keys($defs).length) throw new Error(`Request input names schemas (${Object.keys($defs).join(', ')}); name response schemas only`);
      return js as { properties?: Record<string, { description?: string }>; required?: string[] };
    },
  };
}

const relink = (node: unknown): unknown => JSON.parse(JSON.stringify(node).replaceAll('"#/$defs/', '"#/components/schemas/'));

/** What a 2xx response's media types carry: JSON the schema, CSV text, anything else bytes. */
function mediaSchema(type: string, json: unknown) {
  if (type === 'application/json') return json;
  if (type.startsWith('text/')) return { type: 'string' };
  return { type: 'string', format: 'binary' };
}

/** A JSON body by its schema; a form of files; an upload's raw bytes under each media type it takes. */
function requestContent(r: RouteDef, input: (schema: z.ZodType) => unknown) {
  if (r.multipart) {
    const files = { type: 'array', items: { type: 'string', format: 'binary' }, minItems: 1, maxItems: r.multipart.maxFiles };
    return { 'multipart/form-data': { schema: { type: 'object', properties: { [r.multipart.field]: files }, required: [r.multipart.field] } } };
  }
  if (r.bodyTypes) return Object.fromEntries(r.bodyTypes.map((t) => [t, { schema: { type: 'string', format: 'binary' } }]));
  return { 'application/json': { schema: input(r.body!) } };
}

/** The OpenAPI 3.1 document, derived from the same route definitions that validate requests. */
export function buildOpenApi(routes: readonly RouteDef[], version: string) {
  const schemas = schemaConverter();
  const paths: Record<string, Record<string, unknown>> = {};
  for (const r of routes) {
    const path = r.path.replace(/:(\w+)/g, '{$1}');
    const parameters = [...objectParams(schemas.input, r.params, 'path'), ...objectParams(schemas.input, r.query, 'query'), ...(r.idempotent ? [IDEMPOTENCY_KEY] : [])];
    const responses: Record<string, unknown> = {};
    for (const [status, res] of Object.entries(r.responses)) {
      if (Number(status) >= 400) {
        responses[status] = problem(res.description);
        continue;
      }
      const json = res.schema && schemas.output(res.schema);
      const types = res.contentTypes ?? (json ? ['application/json'] : []);
      responses[status] = { description: res.description, ...(types.length ? { content: Object.fromEntries(types.map((t) => [t, { schema: mediaSchema(t, json) }])) } : {}) };
    }
    responses['400'] ??= problem('Invalid input: the problem’s errors[] names each refused field');
    if (r.access !== 'public') responses['401'] ??= problem('Missing, invalid or expired credentials');
    if (r.access !== 'public' && r.access !== 'user') {
      responses['403'] ??= problem(`Requires permission ${r.access}; where STAFF_REQUIRE_2FA, two-step verification turned on too (two_factor_enrolment_required)`);
    }
    if (r.body) responses['413'] ??= problem(`The body exceeds ${r.bodyLimit ?? '1mb'}`);
    if (r.idempotent) {
      responses['409'] ??= problem('idempotency_in_progress: a request with this Idempotency-Key is still in flight');
      responses['422'] ??= problem('idempotency_key_reused: the Idempotency-Key was used with another request');
    }
    // Every route counts against the API-wide budget (mount.ts), some against their own as well.
    responses['429'] = {
      description: 'Rate limited; retry after the seconds in Retry-After (RateLimit-* headers say where the caller stands)',
      content: PROBLEM_CONTENT,
      ...(responses['429'] as object | undefined),
      headers: RATE_LIMIT_HEADERS,
    };
    (paths[path] ??= {})[r.method] = {
      operationId: r.operationId,
      summary: r.summary,
      tags: [r.tag],
      ...(r.access === 'public' ? { security: [] } : {}),
      ...(parameters.length ? { parameters } : {}),
      // Every attempt leaves an audit entry, refusals included (see RouteDef.onInvalidInput).
      ...(r.onInvalidInput ? { 'x-audits-every-attempt': true } : {}),
      ...(r.body ? { requestBody: { required: true, content: requestContent(r, schemas.input) } } : {}),
      responses: Object.fromEntries(Object.entries(responses).sort(([a], [b]) => a.localeCompare(b))),
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Agora API',
      version,
      description:
        'Peer-to-peer marketplace core with trust & safety. Errors are RFC 9457 problem+json. Money amounts are integers in minor units of their currency (cents for EUR, yen for JPY). Lists are pages: pass the previous page’s `next_cursor` as `cursor` until it is null.',
    },
    servers: [{ url: '/' }],
    // Apps send a bearer token; the console a session cookie (plus X-CSRF-Token on unsafe methods).
    security: [{ bearer: [] }, { consoleSession: [] }],
    tags: Object.entries(TAGS).map(([name, description]) => ({ name, description })),
    components: {
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer', description: 'The token from POST /v1/auth/login (or the second step of a two-step sign-in, or an OpenID Connect exchange)' },
        consoleSession: {
          type: 'apiKey',
          in: 'cookie',
          name: 'agora_session',
          description: 'The staff console’s session cookie (unsafe methods also need the X-CSRF-Token header)',
        },
      },
      schemas: schemas.named,
    },
    paths,
  };
}

function objectParams(
  input: (schema: z.ZodType) => { properties?: Record<string, { description?: string }>; required?: string[] },
  schema: z.ZodType | undefined,
  location: 'path' | 'query',
) {
  if (!schema) return [];
  const js = input(schema);
  // A field's description is the parameter's too: where OpenAPI tools show it.
  return Object.entries(js.properties ?? {}).map(([name, s]) => ({
    name,
    in: location,
    required: location === 'path' || (js.required ?? []).includes(name),
    ...(s.description ? { description: s.description } : {}),
    schema: s,
  }));
}
