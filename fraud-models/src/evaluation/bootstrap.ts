// Seeded stratified bootstrap by counts: a resample is how many times each row was drawn, drawn
// within its stratum, so the metrics walk the one sorted order with multiplicities instead of
// re-sorting 200 copies of the set.

import { Rng } from '../synthetic/prng';

/** Returns a function yielding one resample's draw counts per row; strata keep their sizes. */
export function stratifiedResampler(strata: readonly string[], seed: number): () => Uint32Array {
  const members = new Map<string, number[]>();
  strata.forEach((s, i) => {
    const list = members.get(s);
    if (list) list.push(i);
    else members.set(s, [i]);
  });
  const groups = [...members.values()];
  const rng = new Rng(seed);
  return () => {
    const counts = new Uint32Array(strata.length);
    for (const group of groups) {
      for (let k = 0; k < group.length; k++) {
        const i = group[Math.floor(rng.next() * group.length)] as number;
        counts[i] = (counts[i] as number) + 1;
      }
    }
    return counts;
  };
}

/** The percentile interval at `level` (linear interpolation between order statistics, numpy's default); NaNs ignored. */
export function percentileInterval(values: readonly number[], level = 0.95): [number, number] | null {
  const sorted = values.filter((v) => !Number.isNaN(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const at = (q: number): number => {
    const pos = q * (sorted.length - 1);
    const lo = Math.floor(pos);
    const hi = Math.min(lo + 1, sorted.length - 1);
    return (sorted[lo] as number) + ((sorted[hi] as number) - (sorted[lo] as number)) * (pos - lo);
  };
  return [at((1 - level) / 2), at((1 + level) / 2)];
}
