import type { Rng } from '../synthetic/prng';
import { CITIES, COMMON_WORDS, VOCABULARY } from './vocabulary';

export type Condition = 'new' | 'like_new' | 'good' | 'fair';

export interface GeneratedListing {
  category: string;
  title: string;
  description: string;
  condition: Condition;
  attributes: Record<string, string | number>;
  location?: { place: string; lat?: number; lng?: number };
  /** In EUR cents. */
  priceEur: number;
}

/** Every leaf the vocabulary covers (all of the API's leaves: a test holds them equal). */
export const GENERATED_CATEGORIES = Object.keys(VOCABULARY);

// The leaves whose API category takes a `brand` attribute (electronics, fashion, sports and music).
const BRAND_ATTRIBUTE = new Set([
  ...['phones', 'computers', 'cameras', 'audio', 'gaming', 'electronics-other'],
  ...['womens-clothing', 'mens-clothing', 'shoes', 'bags', 'jewellery', 'fashion-other'],
  ...['bikes', 'fitness', 'outdoor', 'sports-other'],
  ...['instruments', 'records', 'music-other'],
]);

const CONDITIONS: readonly Condition[] = ['new', 'like_new', 'good', 'fair'];
const CONDITION_WEIGHTS = [0.15, 0.3, 0.4, 0.15];
const CONDITION_PHRASES: Record<Condition, readonly string[]> = {
  new: ['Brand new, never used.', 'New in box, unopened.', 'New with tags.'],
  like_new: ['Like new, used a handful of times.', 'As good as new.', 'Barely used, no marks.'],
  good: ['In good condition, normal signs of use.', 'Works perfectly, some light wear.', 'Well looked after.'],
  fair: ['Fair condition: visible wear but works.', 'Used, a few scratches.', 'Needs a little love.'],
};
const CLOSINGS = ['Pick-up or shipping.', 'Can post at the buyer’s cost.', 'Collection only.', 'Smoke-free home.', 'Open to reasonable offers.', ''];
// A few listings say nothing about the item in the title, as real ones do.
const VAGUE_TITLES = ['Must go this week', 'Moving out sale', 'Clearing out the attic', 'Bargain, offers welcome'];

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** A realistic listing for `category` (or a random leaf), from the seeded generator: the same seed gives the same listings. */
export function generateListing(rng: Rng, category = rng.pick(GENERATED_CATEGORIES)): GeneratedListing {
  const vocab = VOCABULARY[category];
  if (!vocab) throw new Error(`no vocabulary for category ${category}`);
  const item = rng.pick(vocab.items);
  const brand = vocab.brands && rng.chance(0.7) ? rng.pick(vocab.brands) : undefined;
  // An item alone ("LP") says too little for a title: without a brand it always gets a detail.
  const detail = vocab.details && (!brand || rng.chance(0.55)) ? rng.pick(vocab.details) : undefined;
  const words = [rng.chance(0.25) ? rng.pick(COMMON_WORDS) : undefined, brand, item, detail].filter((w): w is string => w !== undefined);
  const title = rng.chance(0.03) ? rng.pick(VAGUE_TITLES) : capitalise(words.join(' '));
  const condition = CONDITIONS[rng.weighted(CONDITION_WEIGHTS)]!;

  const attributes: Record<string, string | number> = {};
  if (brand && BRAND_ATTRIBUTE.has(category)) attributes.brand = brand;
  for (const [key, values] of Object.entries(vocab.attributes ?? {})) attributes[key] = rng.pick(values);

  const city = rng.pick(CITIES);
  const location = rng.chance(0.85)
    ? { place: city.place, lat: city.lat + rng.uniform(-0.05, 0.05), lng: city.lng + rng.uniform(-0.05, 0.05) }
    : rng.chance(0.5)
      ? { place: city.place }
      : undefined;
  const description = [`Selling my ${[brand, item].filter(Boolean).join(' ')}${detail ? `, ${detail}` : ''}.`, rng.pick(CONDITION_PHRASES[condition]), rng.pick(CLOSINGS)]
    .filter(Boolean)
    .join(' ');
  // Log-normal around the leaf's median, in whole euros above 2.
  const priceEur = Math.max(200, Math.round(vocab.medianEur * Math.exp(rng.normal(0, 0.6))) * 100);
  return { category, title, description, condition, attributes, ...(location && { location }), priceEur };
}
