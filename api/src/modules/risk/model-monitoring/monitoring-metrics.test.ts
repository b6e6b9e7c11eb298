import { averagePrecision, proportion, psi, psiReading } from './monitoring-metrics';

describe('proportion', () => {
  it('is the Wilson interval: 3 of 4 is 0.75 in [0.301, 0.954]', () => {
    const p = proportion(3, 4)!;
    expect(p).toMatchObject({ value: 0.75, successes: 3, trials: 4 });
    expect(p.low).toBeCloseTo(0.3006, 3);
    expect(p.high).toBeCloseTo(0.9544, 3);
  });

  it('stays inside [0, 1] at the edges and narrows with the count', () => {
    expect(proportion(0, 5)!.low).toBe(0);
    expect(proportion(5, 5)!.high).toBe(1);
    const small = proportion(1, 2)!;
    const large = proportion(500, 1000)!;
    expect(large.high - large.low).toBeLessThan(small.high - small.low);
  });

  it('is null without trials', () => {
    expect(proportion(0, 0)).toBeNull();
  });
});

describe('averagePrecision', () => {
  it('sums precision at each step of recall, as scikit-learn does', () => {
    const scored = [
      { prediction: 0.9, label: 1 as const },
      { prediction: 0.8, label: 0 as const },
      { prediction: 0.7, label: 1 as const },
      { prediction: 0.1, label: 0 as const },
    ];
    expect(averagePrecision(scored)).toBeCloseTo(0.5 * 1 + 0.5 * (2 / 3), 10);
  });

  it('takes tied predictions together', () => {
    // One threshold: recall 1 at precision 1/2.
    expect(
      averagePrecision([
        { prediction: 0.5, label: 1 },
        { prediction: 0.5, label: 0 },
      ]),
    ).toBe(0.5);
  });

  it('is null without positives', () => {
    expect(averagePrecision([{ prediction: 0.5, label: 0 }])).toBeNull();
  });
});

describe('psi', () => {
  it('is 0 for the same distribution and positive otherwise', () => {
    expect(psi([5, 15, 95], [95, 5, 15])).toBe(0);
    expect(psi([5, 15], [5, 25])).toBeGreaterThan(0);
  });

  it('floors an empty bin instead of dividing by zero', () => {
    // Expected all in [0,10); actual half there, half in [90,100].
    const expected = (0.5 - 1) * Math.log(0.5 / 1) + (0.5 - 1e-4) * Math.log(0.5 / 1e-4);
    expect(psi([5, 5], [5, 100])).toBeCloseTo(expected, 10);
  });

  it('is null when either side is empty', () => {
    expect(psi([], [5])).toBeNull();
    expect(psi([5], [])).toBeNull();
  });

  it('reads below 0.1 as stable, up to 0.25 as moderate, above as major', () => {
    expect([psiReading(0.05), psiReading(0.1), psiReading(0.25), psiReading(0.3)]).toEqual(['stable', 'moderate', 'moderate', 'major']);
  });
});
