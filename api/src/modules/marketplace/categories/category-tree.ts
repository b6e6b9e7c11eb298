/**
 * The marketplace's categories: two levels, a listing always in a leaf. Each top level ends in an
 * `…-other` leaf so nothing is forced into a wrong place (and listings from before the tree landed
 * there). The slugs are stable ids (stored on listings, in events and in saved searches): rename the
 * `name`, never the slug.
 */
export interface CategoryNode {
  slug: string;
  name: string;
  children?: readonly CategoryNode[];
}

export const CATEGORY_TREE: readonly CategoryNode[] = [
  {
    slug: 'electronics',
    name: 'Electronics',
    children: [
      { slug: 'phones', name: 'Phones' },
      { slug: 'computers', name: 'Computers & tablets' },
      { slug: 'cameras', name: 'Cameras' },
      { slug: 'audio', name: 'Audio & headphones' },
      { slug: 'gaming', name: 'Video games & consoles' },
      { slug: 'electronics-other', name: 'Other electronics' },
    ],
  },
  {
    slug: 'fashion',
    name: 'Fashion',
    children: [
      { slug: 'womens-clothing', name: 'Women’s clothing' },
      { slug: 'mens-clothing', name: 'Men’s clothing' },
      { slug: 'shoes', name: 'Shoes' },
      { slug: 'bags', name: 'Bags' },
      { slug: 'jewellery', name: 'Jewellery & watches' },
      { slug: 'fashion-other', name: 'Other fashion' },
    ],
  },
  {
    slug: 'home',
    name: 'Home & garden',
    children: [
      { slug: 'furniture', name: 'Furniture' },
      { slug: 'kitchen', name: 'Kitchen' },
      { slug: 'decor', name: 'Decor' },
      { slug: 'garden', name: 'Garden' },
      { slug: 'home-other', name: 'Other home' },
    ],
  },
  {
    slug: 'books',
    name: 'Books',
    children: [
      { slug: 'fiction', name: 'Fiction' },
      { slug: 'non-fiction', name: 'Non-fiction' },
      { slug: 'comics', name: 'Comics & manga' },
      { slug: 'books-other', name: 'Other books' },
    ],
  },
  {
    slug: 'sports',
    name: 'Sports & outdoors',
    children: [
      { slug: 'bikes', name: 'Bikes' },
      { slug: 'fitness', name: 'Fitness' },
      { slug: 'outdoor', name: 'Camping & outdoor' },
      { slug: 'sports-other', name: 'Other sports' },
    ],
  },
  {
    slug: 'toys',
    name: 'Toys & kids',
    children: [
      { slug: 'toys-games', name: 'Toys & games' },
      { slug: 'baby', name: 'Baby & kids' },
      { slug: 'toys-other', name: 'Other toys' },
    ],
  },
  {
    slug: 'collectibles',
    name: 'Collectibles & art',
    children: [
      { slug: 'coins-stamps', name: 'Coins & stamps' },
      { slug: 'trading-cards', name: 'Trading cards' },
      { slug: 'art', name: 'Art' },
      { slug: 'antiques', name: 'Antiques' },
      { slug: 'collectibles-other', name: 'Other collectibles' },
    ],
  },
  {
    slug: 'vehicles',
    name: 'Vehicle parts',
    children: [
      { slug: 'car-parts', name: 'Car parts' },
      { slug: 'motorbike-parts', name: 'Motorbike parts' },
      { slug: 'vehicles-other', name: 'Other vehicle parts' },
    ],
  },
  {
    slug: 'music',
    name: 'Music',
    children: [
      { slug: 'instruments', name: 'Instruments' },
      { slug: 'records', name: 'Vinyl & CDs' },
      { slug: 'music-other', name: 'Other music' },
    ],
  },
  { slug: 'other', name: 'Everything else' },
];
