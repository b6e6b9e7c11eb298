export { CATEGORY_TREE, type CategoryNode } from './category-tree';
export { CATEGORY_SLUGS, LEAF_CATEGORIES, findCategory, leavesOf, pathOf } from './categories';
