export { CATEGORY_TREE, type AttributeDef, type CategoryNode } from './category-tree';
export { CATEGORY_SLUGS, LEAF_CATEGORIES, findCategory, leavesOf, pathOf } from './categories';
export { type Attributes, assertAttributes, attributesOf } from './attributes';
