import { percentileInterval, stratifiedResampler } from './bootstrap';

const strata = ['a', 'a', 'a', 'b', 'b', 'c', 'a', 'b', 'c', 'c', 'c'];

test('a seed gives the same resamples, another seed others', () => {
  const draw = (seed: number) => {
    const next = stratifiedResampler(strata, seed);
    return Array.from({ length: 5 }, () => Array.from(next()));
  };
  expect(draw(16)).toEqual(draw(16));
  expect(draw(16)).not.toEqual(draw(17));
});

test('each resample draws every stratum to its own size, from its own rows', () => {
  const next = stratifiedResampler(strata, 1);
  for (let k = 0; k < 50; k++) {
    const counts = next();
    for (const s of new Set(strata)) {
      const drawn = strata.reduce((n, t, i) => n + (t === s ? (counts[i] as number) : 0), 0);
      expect(drawn).toBe(strata.filter((t) => t === s).length);
    }
  }
});

test('percentile interval interpolates like numpy and ignores NaN', () => {
  const values = Array.from({ length: 101 }, (_, i) => 100 - i);
  expect(percentileInterval(values)).toEqual([expect.closeTo(2.5, 9), expect.closeTo(97.5, 9)]);
  expect(percentileInterval([Number.NaN, 1, 3])).toEqual([expect.closeTo(1.05, 9), expect.closeTo(2.95, 9)]);
  expect(percentileInterval([Number.NaN])).toBeNull();
});
