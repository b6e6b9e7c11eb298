/** A decoded form value: Stripe's bracket syntax nests objects (`a[b]=1`) and arrays (`a[0]=x`, `a[]=x`). */
export type FormValue = string | FormValue[] | { [key: string]: FormValue };
export type FormObject = { [key: string]: FormValue };

const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Parses an `application/x-www-form-urlencoded` body (or query string) the way Stripe's API reads it. */
export function parseForm(body: string): FormObject {
  const root: FormObject = {};
  for (const pair of body.split('&')) {
    if (!pair) continue;
    const eq = pair.indexOf('=');
    const rawKey = decode(eq < 0 ? pair : pair.slice(0, eq));
    const value = eq < 0 ? '' : decode(pair.slice(eq + 1));
    const match = /^([^[\]]+)((?:\[[^[\]]*\])*)$/.exec(rawKey);
    if (!match) throw new FormError(rawKey);
    const path = [match[1]!, ...[...match[2]!.matchAll(/\[([^[\]]*)\]/g)].map((m) => m[1]!)];
    if (path.some((segment) => UNSAFE_KEYS.has(segment))) throw new FormError(rawKey);
    assign(root, path, value, rawKey);
  }
  return root;
}

export class FormError extends Error {
  constructor(readonly key: string) {
    super(`Invalid parameter name: ${key}`);
  }
}

const decode = (s: string) => decodeURIComponent(s.replace(/\+/g, ' '));
const isIndex = (segment: string) => segment === '' || /^\d+$/.test(segment);

function assign(root: FormObject, path: string[], value: string, rawKey: string): void {
  let container: FormObject | FormValue[] = root;
  for (let i = 0; i < path.length; i += 1) {
    const segment = path[i]!;
    const last = i === path.length - 1;
    const nextIsIndex = !last && isIndex(path[i + 1]!);
    if (Array.isArray(container)) {
      if (!isIndex(segment)) throw new FormError(rawKey);
      const index = segment === '' ? container.length : Number(segment);
      if (last) container[index] = value;
      else container = (container[index] ??= nextIsIndex ? [] : {}) as FormObject | FormValue[];
    } else {
      if (last) container[segment] = value;
      else container = (container[segment] ??= nextIsIndex ? [] : {}) as FormObject | FormValue[];
    }
    if (!last && typeof container === 'string') throw new FormError(rawKey);
  }
}
