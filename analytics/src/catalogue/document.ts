import { join } from 'node:path';
import { z } from 'zod';
import { EVENT_CATALOGUE } from './catalogue';
import type { PayloadSchema } from './event';

// Renders analytics/EVENTS.md from the catalogue's JSON Schema, so the document cannot say anything
// the validator does not enforce. catalogue-document.test.ts fails when the file is stale.

export const EVENTS_DOCUMENT = join(__dirname, '..', '..', 'EVENTS.md');

interface JsonSchema {
  type?: string;
  format?: string;
  pattern?: string;
  const?: unknown;
  enum?: unknown[];
  minimum?: number;
  maximum?: number;
  description?: string;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
}

const code = (value: unknown) => `\`${typeof value === 'string' ? value : JSON.stringify(value)}\``;

function range(s: JsonSchema): string {
  const max = s.maximum === undefined || s.maximum >= Number.MAX_SAFE_INTEGER ? undefined : s.maximum;
  if (s.minimum !== undefined && max !== undefined) return ` ${s.minimum}–${max}`;
  if (s.minimum !== undefined) return ` ≥ ${s.minimum}`;
  return max !== undefined ? ` ≤ ${max}` : '';
}

function typeOf(s: JsonSchema): string {
  const variants = s.anyOf ?? s.oneOf;
  if (variants) return variants.map(typeOf).join(' or ');
  if (s.const !== undefined) return code(s.const);
  if (s.enum) return `one of ${s.enum.map(code).join(', ')}`;
  switch (s.type) {
    case 'string':
      if (s.format) return s.format;
      return s.pattern ? `string matching ${code(s.pattern)}` : 'string';
    case 'integer':
    case 'number':
      return `${s.type}${range(s)}`;
    case 'array':
      return `array of ${s.items ? typeOf(s.items) : 'anything'}`;
    default:
      return s.type ?? 'anything';
  }
}

// A nullable field's description sits on the union or on its non-null member.
const describe = (s: JsonSchema): string => s.description ?? (s.anyOf ?? s.oneOf ?? []).map(describe).find((d) => d !== '') ?? '';

function fieldTable(object: JsonSchema): string[] {
  const required = new Set(object.required ?? []);
  return [
    '| field | type | required | notes |',
    '|---|---|---|---|',
    ...Object.entries(object.properties ?? {}).map(([name, s]) => `| \`${name}\` | ${typeOf(s)} | ${required.has(name) ? 'yes' : 'no'} | ${describe(s)} |`),
  ];
}

/** A payload's fields; a union (two shapes told apart by a field) gets one table per shape. */
function payloadTables(schema: PayloadSchema): string[] {
  const json = z.toJSONSchema(schema) as JsonSchema;
  const shapes = json.oneOf ?? json.anyOf;
  if (!shapes) return fieldTable(json);
  // The discriminator: the field every shape pins to a constant.
  const key = Object.keys(shapes[0]!.properties ?? {}).find((k) => shapes.every((s) => s.properties?.[k]?.const !== undefined));
  return shapes.flatMap((shape, i) => [...(i > 0 ? [''] : []), `When \`${key}\` is ${code(shape.properties![key!]!.const)}:`, '', ...fieldTable(shape)]);
}

export function renderCatalogue(): string {
  const entries = Object.entries(EVENT_CATALOGUE);
  const lines = [
    '# Event catalogue',
    '',
    '<!-- Generated from analytics/src/catalogue by `npm run events:doc`. Do not edit by hand. -->',
    '',
    'Every domain event the API writes to the outbox, with the payload schema it is validated against before',
    'it is stored. The outbox row (and the ClickHouse `events` row) carries `event_version`, the version its',
    'payload was written with. An event that fails validation is kept in `outbox_dead_letters` with the reason,',
    'never dropped. Payloads are closed: a field not listed here is refused.',
    '',
    'Versioning: adding an optional field or an enum value is compatible and keeps the version; removing,',
    'renaming or retyping a field, or making one required, adds a version (old versions stay parseable).',
    "Amounts are integers in minor units of the payload's `currency`.",
    '',
    '| type | aggregate | version | what happened |',
    '|---|---|---|---|',
    ...entries.map(([type, d]) => `| [\`${type}\`](#${type.replace(/[^a-z0-9_-]/g, '')}) | \`${d.aggregate}\` | ${d.version} | ${d.description} |`),
  ];
  for (const [type, d] of entries) {
    lines.push('', `## ${type}`, '', `Aggregate \`${d.aggregate}\`; current version ${d.version}. ${d.description}`);
    for (const v of [...d.versions].reverse()) {
      if (d.versions.length > 1) lines.push('', `### Version ${v.version}`);
      lines.push('', ...payloadTables(v.schema));
    }
  }
  return `${lines.join('\n')}\n`;
}
