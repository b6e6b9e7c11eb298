import { DomainError, type FieldError } from '../../../errors';
import { pathOf } from './categories';
import type { AttributeDef } from './category-tree';

export type Attributes = Record<string, string | number>;

/** The attributes a listing in `slug` takes: its ancestors' first, then its own. */
export const attributesOf = (slug: string): AttributeDef[] => pathOf(slug).flatMap((node) => node.attributes ?? []);

function valueError(def: AttributeDef, value: string | number): string | undefined {
  if (def.type === 'enum') return typeof value === 'string' && def.values.includes(value) ? undefined : `must be one of ${def.values.join(', ')}`;
  if (def.type === 'text') {
    if (typeof value !== 'string') return 'must be a string';
    const trimmed = value.trim();
    return trimmed.length === 0 ? 'must not be empty' : trimmed.length > def.max_length ? `must be at most ${def.max_length} characters` : undefined;
  }
  if (typeof value !== 'number') return 'must be a number';
  if (def.integer && !Number.isInteger(value)) return 'must be an integer';
  return value < def.min || value > def.max ? `must be between ${def.min} and ${def.max}` : undefined;
}

/** What is wrong with a listing's attributes for its category, each under `attributes.<key>`; empty when they fit. */
export function attributeErrors(slug: string, attributes: Attributes): FieldError[] {
  const defs = new Map(attributesOf(slug).map((d) => [d.key, d]));
  const errors: FieldError[] = [];
  for (const [key, value] of Object.entries(attributes)) {
    const def = defs.get(key);
    const message = def ? valueError(def, value) : `is not an attribute of ${slug}${defs.size ? ` (it takes ${[...defs.keys()].join(', ')})` : ' (it takes none)'}`;
    if (message) errors.push({ field: `attributes.${key}`, message });
  }
  for (const def of defs.values()) if (def.required && !(def.key in attributes)) errors.push({ field: `attributes.${def.key}`, message: `is required for ${slug}` });
  return errors;
}

/** Throws a 422-kind error naming every attribute that does not fit the category. */
export function assertAttributes(slug: string, attributes: Attributes): void {
  const errors = attributeErrors(slug, attributes);
  if (errors.length > 0)
    throw new DomainError('invalid', 'invalid_attributes', `Attributes do not fit ${slug}: ${errors.map((e) => `${e.field} ${e.message}`).join('; ')}`, errors);
}
