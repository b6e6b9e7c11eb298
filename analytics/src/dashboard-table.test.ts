import { formatTable } from './dashboard-table';

describe('formatTable', () => {
  it('aligns columns, right-aligns numbers and spells out NULL', () => {
    const text = formatTable({
      columns: [
        { name: 'stage', type: 'String' },
        { name: 'orders', type: 'UInt64' },
        { name: 'of_created', type: 'Nullable(Float64)' },
      ],
      rows: [
        { stage: 'created', orders: 12, of_created: 1 },
        { stage: 'paid', orders: 7, of_created: null },
      ],
    });
    expect(text).toBe(['stage    orders  of_created', '-------  ------  ----------', 'created      12           1', 'paid          7        NULL', '(2 rows)', ''].join('\n'));
  });

  it('prints the header of an empty result', () => {
    expect(formatTable({ columns: [{ name: 'a', type: 'String' }], rows: [] })).toBe('a\n-\n(0 rows)\n');
  });
});
