// Generator B: an independently written marketplace simulator for training the fraud model on
// more than one author's idea of fraud. See README.md for what it models and what it cannot show.

import { FEATURE_NAMES, toFeatureVector, type RiskInput } from '../features';
import { fraud } from './fraud-typologies';
import { collectors, giftBursts, households, newDevices, newUsers, ordinary, powerBuyers, resellers, sellers, viralSellers } from './legit-segments';
import { pointInTimeInputs } from './point-in-time';
import { Market } from './population';
import { createRandom } from './random';
import { DAY, DAYS, TRAIN_DAYS, World } from './world';

export interface OrderRowB {
  at: number; // hours since day 0, 00:00 UTC (not a CSV column)
  split: 'train' | 'test';
  typology: string;
  segment: string;
  label: 0 | 1;
  input: RiskInput;
}

/** Share of fraud left unlabelled (never reported) and of legit orders labelled fraud by mistake. */
const MISSED_FRAUD = 0.04;
const FALSE_LABEL = 0.001;

/** Every order paid in the 75 emitted days, in time order; `scale` multiplies the population. */
export function generateOrdersB(seed = 20261207, { scale = 1 }: { scale?: number } = {}): OrderRowB[] {
  const random = createRandom(seed);
  const world = new World(random);
  const market = new Market(world, random);
  sellers(market, scale);
  for (const segment of [ordinary, newUsers, households, powerBuyers, resellers, collectors, newDevices, giftBursts, viralSellers]) segment(market, scale);
  fraud(market, scale);
  const emitted = world.orders.filter((o) => o.at >= 0 && o.at < DAYS * DAY).sort((a, b) => a.at - b.at || a.id - b.id);
  const inputs = pointInTimeInputs(world, emitted);
  const noise = createRandom(seed ^ 0x5bd1e995);
  return emitted.map((o, i) => ({
    at: o.at,
    split: o.at < TRAIN_DAYS * DAY ? 'train' : 'test',
    typology: o.typology,
    segment: o.segment,
    label: (o.fraud ? !noise.chance(MISSED_FRAUD) : noise.chance(FALSE_LABEL)) ? 1 : 0,
    input: inputs[i]!,
  }));
}

/** The trainer's CSV: columns by name, values as String(number). */
export function toOrdersBCsv(rows: readonly OrderRowB[]): string {
  if (rows.length === 0) throw new Error('no rows');
  const keys = Object.keys(rows[0]!.input) as (keyof RiskInput)[];
  const header = ['split', 'typology', 'segment', 'label', ...keys.map((k) => `input:${k}`), ...FEATURE_NAMES.map((n) => `feature:${n}`)];
  const lines = [header.join(',')];
  for (const row of rows) {
    const features = Array.from(toFeatureVector(row.input), (v) => String(v));
    lines.push([row.split, row.typology, row.segment, String(row.label), ...keys.map((k) => String(row.input[k])), ...features].join(','));
  }
  return `${lines.join('\n')}\n`;
}
