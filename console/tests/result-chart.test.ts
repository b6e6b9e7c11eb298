import { chartSpec, timeValue } from '../src/lib/result-chart';

describe('chartSpec', () => {
  it('draws a time column as lines, one series per currency, points sorted by time', () => {
    const spec = chartSpec(
      {
        columns: [
          { name: 'bucket', type: 'String' },
          { name: 'currency', type: 'LowCardinality(String)' },
          { name: 'orders', type: 'UInt64' },
          { name: 'gmv', type: 'Int64' },
        ],
        rows: [
          { bucket: '2026-11-02 00:00:00', currency: 'EUR', orders: 2, gmv: 300 },
          { bucket: '2026-11-01 00:00:00', currency: 'EUR', orders: 1, gmv: 100 },
          { bucket: '2026-11-01 00:00:00', currency: 'CHF', orders: 4, gmv: 50 },
        ],
      },
      'gmv',
    );
    expect(spec).toEqual({
      kind: 'line',
      x: 'bucket',
      measure: 'gmv',
      measures: ['orders', 'gmv'],
      split: 'currency',
      series: ['CHF', 'EUR'],
      data: [
        { bucket: Date.parse('2026-11-01T00:00:00Z'), EUR: 100, CHF: 50 },
        { bucket: Date.parse('2026-11-02T00:00:00Z'), EUR: 300 },
      ],
    });
  });

  it('draws a text dimension as bars of the first measure, and nothing without a numeric column', () => {
    const funnel = {
      columns: [
        { name: 'stage', type: 'String' },
        { name: 'orders', type: 'UInt64' },
        { name: 'of_previous', type: 'Nullable(Float64)' },
      ],
      rows: [
        { stage: 'created', orders: 3, of_previous: null },
        { stage: 'paid', orders: 2, of_previous: 0.67 },
      ],
    };
    expect(chartSpec(funnel)).toMatchObject({
      kind: 'bar',
      x: 'stage',
      measure: 'orders',
      split: null,
      series: ['orders'],
      data: [
        { stage: 'created', orders: 3 },
        { stage: 'paid', orders: 2 },
      ],
    });
    expect(chartSpec({ columns: [{ name: 'a', type: 'String' }], rows: [{ a: 'x' }, { a: 'y' }] })).toBeNull();
    expect(chartSpec({ ...funnel, rows: [] })).toBeNull();
  });

  it('reads ClickHouse dates and times as UTC', () => {
    expect(timeValue('2026-11-01')).toBe(Date.parse('2026-11-01T00:00:00Z'));
    expect(timeValue('2026-11-01 10:30:00.000')).toBe(Date.parse('2026-11-01T10:30:00Z'));
    expect(timeValue('electronics')).toBeNaN();
  });
});
