/**
 * One byte-exact JSON text per value, so a hash over it can be recomputed from what Postgres
 * returns: object keys sorted, no whitespace, Dates as ISO strings, lone surrogates as U+FFFD.
 * Only values that survive a jsonb round trip are accepted; a value that is not JSON at all (NaN,
 * a bigint, a Map) throws rather than hashing something the database would store differently.
 */
export function canonicalJson(value: unknown): string {
  return encode(value, '$');
}

const LONE_SURROGATE = /\p{Surrogate}/gu;

function encode(value: unknown, path: string): string {
  if (value === null || typeof value === 'boolean') return String(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError(`canonical JSON: ${path} is not a finite number`);
    return JSON.stringify(value);
  }
  // A lone surrogate cannot be encoded as UTF-8: the driver stores U+FFFD, so that is what is hashed.
  if (typeof value === 'string') return JSON.stringify(value.replace(LONE_SURROGATE, '\uFFFD'));
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new TypeError(`canonical JSON: ${path} is an invalid date`);
    return JSON.stringify(value.toISOString());
  }
  if (Array.isArray(value)) {
    // Like JSON.stringify: a hole or undefined item is stored as null.
    return `[${Array.from(value, (item, i) => (item === undefined ? 'null' : encode(item, `${path}[${i}]`))).join(',')}]`;
  }
  if (typeof value === 'object' && isPlainObject(value)) {
    const members = Object.keys(value)
      .sort()
      .filter((key) => (value as Record<string, unknown>)[key] !== undefined) // like JSON.stringify
      .map((key) => `${encode(key, path)}:${encode((value as Record<string, unknown>)[key], `${path}.${key}`)}`);
    return `{${members.join(',')}}`;
  }
  throw new TypeError(`canonical JSON: ${path} is not a JSON value (${describe(value)})`);
}

function isPlainObject(value: object): boolean {
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function describe(value: unknown): string {
  if (typeof value === 'object' && value !== null) return value.constructor?.name ?? 'object';
  return typeof value;
}
