import { decide } from './decision';

const thresholds = { review: 65, block: 90 };

describe('risk decision', () => {
  test.each([
    [0, 'allow', 0],
    [0.644, 'allow', 64],
    [0.65, 'review', 65],
    [0.894, 'review', 89],
    [0.9, 'block', 90],
    [1, 'block', 100],
  ] as const)('probability %p → %s (score %p)', (p, decision, score) => {
    expect(decide(p, thresholds, null)).toMatchObject({ decision, score });
  });

  test('an elevated provider signal forces at least review, never lowers', () => {
    expect(decide(0.01, thresholds, 'elevated')).toMatchObject({ decision: 'review', score: 65 });
    expect(decide(0.95, thresholds, 'elevated')).toMatchObject({ decision: 'block', score: 95 });
  });

  test('the highest provider signal forces block', () => {
    const a = decide(0.01, thresholds, 'highest');
    expect(a).toMatchObject({ decision: 'block', score: 90 });
    expect(a.reasons).toContain('payment provider risk level highest');
  });
});
