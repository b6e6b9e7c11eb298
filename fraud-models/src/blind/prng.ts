// The blind generator's own seeded PRNG (mulberry32) and the few distributions it draws from. Written
// independently of the training generator; only this folder uses it.

export type Rand = () => number;

export function mulberry32(seed: number): Rand {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const uniform = (r: Rand, lo: number, hi: number): number => lo + (hi - lo) * r();
export const int = (r: Rand, lo: number, hi: number): number => Math.floor(uniform(r, lo, hi + 1)); // inclusive
export const chance = (r: Rand, p: number): boolean => r() < p;
export const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;

export function normal(r: Rand): number {
  // Box–Muller; 1 - r() keeps log away from 0.
  return Math.sqrt(-2 * Math.log(1 - r())) * Math.cos(2 * Math.PI * r());
}

export const logNormal = (r: Rand, median: number, sigma: number): number => median * Math.exp(sigma * normal(r));
export const exponential = (r: Rand, mean: number): number => -mean * Math.log(1 - r());

export function poisson(r: Rand, mean: number): number {
  if (mean > 30) return Math.max(0, Math.round(mean + Math.sqrt(mean) * normal(r)));
  const limit = Math.exp(-mean);
  let k = 0;
  for (let p = r(); p > limit; p *= r()) k++;
  return k;
}

/** Index drawn with probability proportional to its weight. */
export function weighted(r: Rand, weights: readonly number[]): number {
  const total = weights.reduce((a, b) => a + b, 0);
  let x = r() * total;
  for (let i = 0; i < weights.length; i++) if ((x -= weights[i]!) < 0) return i;
  return weights.length - 1;
}
