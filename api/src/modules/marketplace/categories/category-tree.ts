/**
 * The marketplace's categories: two levels, a listing always in a leaf. Each top level ends in an
 * `…-other` leaf so nothing is forced into a wrong place (and listings from before the tree landed
 * there). The slugs are stable ids (stored on listings, in events and in saved searches): rename the
 * `name`, never the slug.
 */
export interface CategoryNode {
  slug: string;
  name: string;
  /** What a listing in this category may (or must) say about the item; a child inherits its parent's. */
  attributes?: readonly AttributeDef[];
  children?: readonly CategoryNode[];
}

/** One attribute a category defines: its key in a listing's `attributes`, and what value it takes. */
export type AttributeDef = { key: string; name: string; required: boolean } & (
  { type: 'enum'; values: readonly string[] } | { type: 'text'; max_length: number } | { type: 'number'; min: number; max: number; integer: boolean }
);

const text = (key: string, name: string, required = false): AttributeDef => ({ key, name, required, type: 'text', max_length: 80 });
const SIZES = ['XS', 'S', 'M', 'L', 'XL', 'XXL'];

export const CATEGORY_TREE: readonly CategoryNode[] = [
  {
    slug: 'electronics',
    name: 'Electronics',
    attributes: [text('brand', 'Brand'), text('model', 'Model')],
    children: [
      { slug: 'phones', name: 'Phones', attributes: [{ key: 'storage_gb', name: 'Storage (GB)', required: false, type: 'number', min: 1, max: 4096, integer: true }] },
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
    attributes: [text('brand', 'Brand')],
    children: [
      { slug: 'womens-clothing', name: 'Women’s clothing', attributes: [{ key: 'size', name: 'Size', required: true, type: 'enum', values: SIZES }] },
      { slug: 'mens-clothing', name: 'Men’s clothing', attributes: [{ key: 'size', name: 'Size', required: true, type: 'enum', values: SIZES }] },
      { slug: 'shoes', name: 'Shoes', attributes: [{ key: 'eu_size', name: 'EU size', required: true, type: 'number', min: 16, max: 52, integer: false }] },
      { slug: 'bags', name: 'Bags' },
      { slug: 'jewellery', name: 'Jewellery & watches' },
      { slug: 'fashion-other', name: 'Other fashion' },
    ],
  },
  {
    slug: 'home',
    name: 'Home & garden',
    children: [
      {
        slug: 'furniture',
        name: 'Furniture',
        attributes: [{ key: 'material', name: 'Material', required: false, type: 'enum', values: ['wood', 'metal', 'plastic', 'glass', 'fabric', 'leather', 'other'] }],
      },
      { slug: 'kitchen', name: 'Kitchen' },
      { slug: 'decor', name: 'Decor' },
      { slug: 'garden', name: 'Garden' },
      { slug: 'home-other', name: 'Other home' },
    ],
  },
  {
    slug: 'books',
    name: 'Books',
    attributes: [text('author', 'Author'), { key: 'language', name: 'Language', required: false, type: 'enum', values: ['en', 'fr', 'de', 'es', 'it', 'nl', 'pl', 'pt', 'other'] }],
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
    attributes: [text('brand', 'Brand')],
    children: [
      { slug: 'bikes', name: 'Bikes', attributes: [{ key: 'frame_size', name: 'Frame size', required: false, type: 'enum', values: ['XS', 'S', 'M', 'L', 'XL'] }] },
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
      { slug: 'baby', name: 'Baby & kids', attributes: [{ key: 'age', name: 'Age range', required: false, type: 'enum', values: ['0-12m', '1-3y', '3-6y', '6-12y'] }] },
      { slug: 'toys-other', name: 'Other toys' },
    ],
  },
  {
    slug: 'collectibles',
    name: 'Collectibles & art',
    children: [
      { slug: 'coins-stamps', name: 'Coins & stamps', attributes: [{ key: 'year', name: 'Year', required: false, type: 'number', min: -700, max: 2100, integer: true }] },
      { slug: 'trading-cards', name: 'Trading cards' },
      { slug: 'art', name: 'Art' },
      { slug: 'antiques', name: 'Antiques' },
      { slug: 'collectibles-other', name: 'Other collectibles' },
    ],
  },
  {
    slug: 'vehicles',
    name: 'Vehicle parts',
    attributes: [text('make', 'Vehicle make'), text('part_number', 'Part number')],
    children: [
      { slug: 'car-parts', name: 'Car parts' },
      { slug: 'motorbike-parts', name: 'Motorbike parts' },
      { slug: 'vehicles-other', name: 'Other vehicle parts' },
    ],
  },
  {
    slug: 'music',
    name: 'Music',
    attributes: [text('brand', 'Brand or label')],
    children: [
      { slug: 'instruments', name: 'Instruments' },
      {
        slug: 'records',
        name: 'Vinyl & CDs',
        attributes: [text('artist', 'Artist'), { key: 'format', name: 'Format', required: true, type: 'enum', values: ['LP', 'EP', 'single', 'CD', 'cassette'] }],
      },
      { slug: 'music-other', name: 'Other music' },
    ],
  },
  { slug: 'other', name: 'Everything else' },
];
