export { CATEGORY_TREE } from './category-tree';
export { CATEGORY_SLUGS, LEAF_CATEGORIES, leavesOf, pathOf } from './categories';
export { assertAttributes, attributesOf } from './attributes';
