import { createHash } from 'node:crypto';
import { attributesOf } from './attributes';
import { FRENCH_NAMES } from './category-names.fr';
import { CATEGORY_TREE, type CategoryNode } from './category-tree';

export const CATEGORY_LOCALES = ['en', 'fr'] as const;
export type CategoryLocale = (typeof CATEGORY_LOCALES)[number];

// English is the tree's own; other locales map each English name (a missing one falls back to English).
const NAMES: Record<CategoryLocale, (name: string) => string> = { en: (name) => name, fr: (name) => FRENCH_NAMES[name] ?? name };

function treeIn(locale: CategoryLocale) {
  const name = NAMES[locale];
  const node = (c: CategoryNode) => ({ slug: c.slug, name: name(c.name), attributes: attributesOf(c.slug).map((a) => ({ ...a, name: name(a.name) })) });
  const body = { data: CATEGORY_TREE.map((c) => ({ ...node(c), children: (c.children ?? []).map(node) })) };
  // A strong validator of the body, so clients revalidate with If-None-Match for a 304.
  const etag = `"${createHash('sha256').update(JSON.stringify(body)).digest('base64url').slice(0, 27)}"`;
  return { body, etag };
}

/** The tree as GET /v1/categories sends it, per locale, built once: it changes only with a deploy. */
export const CATEGORY_TREE_BODIES: Record<CategoryLocale, ReturnType<typeof treeIn>> = { en: treeIn('en'), fr: treeIn('fr') };
