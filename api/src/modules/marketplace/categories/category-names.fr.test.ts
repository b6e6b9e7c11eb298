import { CATEGORY_TREE, type CategoryNode } from './category-tree';
import { FRENCH_NAMES } from './category-names.fr';

const names = (nodes: readonly CategoryNode[]): string[] => nodes.flatMap((n) => [n.name, ...(n.attributes ?? []).map((a) => a.name), ...names(n.children ?? [])]);

test('every category and attribute name has a French name, and no French name is left over', () => {
  const english = new Set(names(CATEGORY_TREE));
  expect([...english].filter((n) => !(n in FRENCH_NAMES))).toEqual([]);
  expect(Object.keys(FRENCH_NAMES).filter((n) => !english.has(n))).toEqual([]);
});
