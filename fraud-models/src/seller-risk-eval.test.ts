import { averagePrecision, parseRows, recallAtFpr, report, rocAuc } from './seller-risk-eval';

const row = (label: 0 | 1, probability: number) => ({ label, probability });

describe('seller-risk evaluation', () => {
  test('average precision, ROC-AUC and recall at an FPR on a small known ranking', () => {
    // Ranked: +, -, +, -: precision 1 at the first positive, 2/3 at the second.
    const rows = [row(1, 0.9), row(0, 0.8), row(1, 0.7), row(0, 0.1)];
    expect(averagePrecision(rows)).toBeCloseTo((1 + 2 / 3) / 2, 10);
    expect(rocAuc(rows)).toBeCloseTo(3 / 4, 10);
    expect(recallAtFpr(rows, 0)).toBe(0.5);
    expect(recallAtFpr(rows, 0.5)).toBe(1);
    // Tied scores are one threshold: a tie with a negative is not a free positive.
    expect(averagePrecision([row(1, 0.5), row(0, 0.5)])).toBe(0.5);
    expect(rocAuc([row(1, 0.5), row(0, 0.5)])).toBe(0.5);
  });

  test('parses the blind set columns, scores each seller and reports per typology and segment', () => {
    const keys = [
      'seller_account_age_days',
      'seller_completed_sales',
      'seller_open_sales',
      'seller_open_high_value_sales',
      'listing_price_vs_category_median',
      'seller_hours_since_payout_change',
      'seller_sales_last_90d',
      'seller_disputes_last_90d',
      'seller_device_shared_accounts',
    ];
    const csv = [
      ['set', 'typology', 'segment', 'label', 'input:moment', ...keys.map((k) => `input:${k}`)].join(','),
      'blind,non_delivery,,1,payout,2,0,6,6,1,5,7,0,0',
      'blind,,established,0,payout,400,80,3,0,1,87600,20,0,0',
    ].join('\n');
    const rows = parseRows(csv);
    expect(rows.map((r) => [r.typology, r.segment, r.label, r.moment])).toEqual([
      ['non_delivery', '', 1, 'payout'],
      ['', 'established', 0, 'payout'],
    ]);
    expect(rows[0]!.score).toBeGreaterThan(90);
    expect(rows[1]!.score).toBe(0);
    const text = report(rows);
    expect(text).toContain('## moment payout: 2 sellers, 1 fraudulent');
    expect(text).toContain('| non_delivery | 1 | 1.000 | 1.000 | 1.000 | 1.000 | 1.000 | 1.000 |');
    expect(text).toContain('| established | 1 | 0.000 | 0.000 | 0.000 | 0.000 | 0.000 | 0.000 |');
  });
});
