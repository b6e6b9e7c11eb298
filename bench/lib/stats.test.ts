import { createRecorder, errorTotal, percentile, summarize } from './stats';

describe('percentile (nearest rank)', () => {
  const sorted = Float64Array.from({ length: 100 }, (_, i) => i + 1);

  test('p50 and p99 of 1..100 are 50 and 99; the extremes are min and max', () => {
    expect(percentile(sorted, 50)).toBe(50);
    expect(percentile(sorted, 99)).toBe(99);
    expect(percentile(sorted, 0)).toBe(1);
    expect(percentile(sorted, 100)).toBe(100);
  });

  test('a single sample is every percentile; no sample is NaN', () => {
    expect(percentile([7], 1)).toBe(7);
    expect(percentile([7], 99)).toBe(7);
    expect(percentile([], 50)).toBeNaN();
  });

  test('p99 of ten samples is the largest (rank ceil(9.9) = 10)', () => {
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 1000], 99)).toBe(1000);
  });
});

describe('summarize', () => {
  test('sorts numerically, not as strings', () => {
    const s = summarize([10, 9, 100, 1]);
    expect(s).toMatchObject({ count: 4, p50: 9, max: 100, mean: 30 });
  });
});

describe('recorder', () => {
  test('latency of successes per endpoint, errors by status, and an all row', () => {
    const rec = createRecorder(['a', 'b']);
    rec.ok('a', 1);
    rec.ok('a', 3);
    rec.ok('b', 2);
    rec.error('b', 402, 'payment_blocked');
    rec.error('b', 402, 'payment_blocked');
    rec.error('a', 0, 'ECONNRESET');
    const report = rec.report();
    expect(report.endpoints.map((e) => [e.endpoint, e.ok, e.errors])).toEqual([
      ['a', 2, { 0: 1 }],
      ['b', 1, { 402: 2 }],
    ]);
    expect(report.all).toMatchObject({ ok: 3, errors: { 0: 1, 402: 2 }, latency: { count: 3, p50: 2, max: 3 } });
    expect(errorTotal(report.all.errors)).toBe(3);
    expect(rec.okCount()).toBe(3);
    expect(rec.errorCount()).toBe(3);
    expect(report.errorExamples[0]).toEqual({ endpoint: 'b', status: 402, detail: 'payment_blocked' });
  });

  test('an endpoint it was not told about is a programming error', () => {
    expect(() => createRecorder(['a']).ok('z', 1)).toThrow('unknown endpoint z');
  });
});
