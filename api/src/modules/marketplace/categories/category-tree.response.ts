import { createHash } from 'node:crypto';
import { attributesOf } from './attributes';
import { CATEGORY_TREE, type CategoryNode } from './category-tree';

const node = (c: CategoryNode) => ({ slug: c.slug, name: c.name, attributes: attributesOf(c.slug) });

/** The tree as GET /v1/categories sends it, built once: it changes only with a deploy. */
export const CATEGORY_TREE_BODY = { data: CATEGORY_TREE.map((c) => ({ ...node(c), children: (c.children ?? []).map(node) })) };
/** A strong validator of that body, so clients revalidate with If-None-Match for a 304. */
export const CATEGORY_TREE_ETAG = `"${createHash('sha256').update(JSON.stringify(CATEGORY_TREE_BODY)).digest('base64url').slice(0, 27)}"`;
