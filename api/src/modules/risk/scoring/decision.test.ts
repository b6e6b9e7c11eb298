import { decide } from './decision';

const thresholds = { step_up: 65, review: 65, block: 90 };
const ladder = { step_up: 5, review: 20, block: 70 };

describe('risk decision', () => {
  test.each([
    [0, 'allow', 0],
    [0.644, 'allow', 64],
    [0.65, 'review', 65],
    [0.894, 'review', 89],
    [0.9, 'block', 90],
    [1, 'block', 100],
  ] as const)('probability %p → %s (score %p) without a step-up band', (p, decision, score) => {
    expect(decide(p, thresholds, null)).toMatchObject({ decision, score });
  });

  test.each([
    [0.044, 'allow'],
    [0.05, 'step_up'],
    [0.194, 'step_up'],
    [0.2, 'review'],
    [0.7, 'block'],
  ] as const)('on a model ladder, probability %p → %s', (p, decision) => {
    expect(decide(p, ladder, null).decision).toBe(decision);
  });

  test('the reasons say the score, then why', () => {
    expect(decide(0.3, ladder, null, ["the buyer's account is 2 hours old"]).reasons).toEqual(['model score 30', "the buyer's account is 2 hours old"]);
  });

  test('an elevated provider signal forces at least review, never lowers', () => {
    expect(decide(0.01, thresholds, 'elevated')).toMatchObject({ decision: 'review', score: 65 });
    expect(decide(0.95, thresholds, 'elevated')).toMatchObject({ decision: 'block', score: 95 });
    expect(decide(0.06, ladder, 'elevated')).toMatchObject({ decision: 'review', score: 20 });
  });

  test('the highest provider signal forces block', () => {
    const a = decide(0.01, thresholds, 'highest');
    expect(a).toMatchObject({ decision: 'block', score: 90 });
    expect(a.reasons).toContain('payment provider risk level highest');
  });
});
