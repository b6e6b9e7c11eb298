import { CATEGORY_TREE, type CategoryNode } from './category-tree';

function walk(nodes: readonly CategoryNode[], parent: CategoryNode | undefined, visit: (node: CategoryNode, parent: CategoryNode | undefined) => void) {
  for (const node of nodes) {
    visit(node, parent);
    if (node.children) walk(node.children, node, visit);
  }
}

const BY_SLUG = new Map<string, { node: CategoryNode; parent: CategoryNode | undefined }>();
walk(CATEGORY_TREE, undefined, (node, parent) => BY_SLUG.set(node.slug, { node, parent }));

const leavesUnder = (node: CategoryNode): string[] => (node.children ? node.children.flatMap(leavesUnder) : [node.slug]);

/** Every category's slug, parents included (a search may name a parent). */
export const CATEGORY_SLUGS = [...BY_SLUG.keys()] as [string, ...string[]];
/** The slugs a listing may carry: the leaves. */
export const LEAF_CATEGORIES = CATEGORY_TREE.flatMap(leavesUnder) as [string, ...string[]];

export const findCategory = (slug: string): CategoryNode | undefined => BY_SLUG.get(slug)?.node;

/** The leaves a search for `slug` covers: itself when it is a leaf, its children's leaves when a parent. */
export function leavesOf(slug: string): string[] {
  const found = BY_SLUG.get(slug);
  return found ? leavesUnder(found.node) : [];
}

/** The category's ancestors, root first, itself last. */
export function pathOf(slug: string): CategoryNode[] {
  const path: CategoryNode[] = [];
  for (let at = BY_SLUG.get(slug); at; at = at.parent ? BY_SLUG.get(at.parent.slug) : undefined) path.unshift(at.node);
  return path;
}
