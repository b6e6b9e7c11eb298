import { verdictOf } from './verdict';

// Probabilities in the model's order: Drawing, Hentai, Neutral, Porn, Sexy.
describe('verdictOf', () => {
  it('names the most probable class and keeps every score', () => {
    const v = verdictOf([0.1, 0.05, 0.8, 0.03, 0.02], 0.6);
    expect(v.label).toBe('Neutral');
    expect(v.scores).toEqual({ Drawing: 0.1, Hentai: 0.05, Neutral: 0.8, Porn: 0.03, Sexy: 0.02 });
    expect(v.score).toBeCloseTo(0.09);
    expect(v.unsafe).toBe(false);
  });

  it('adds Porn and Hentai: together they reach the threshold though neither wins alone', () => {
    const v = verdictOf([0, 0.3, 0.4, 0.3, 0], 0.6);
    expect(v.label).toBe('Neutral');
    expect(v.unsafe).toBe(true);
  });

  it('counts Sexy at half: a swimwear photo alone stays safe, mixed with Porn it does not', () => {
    expect(verdictOf([0, 0, 0, 0, 1], 0.6)).toMatchObject({ label: 'Sexy', score: 0.5, unsafe: false });
    expect(verdictOf([0, 0, 0.1, 0.4, 0.5], 0.6)).toMatchObject({ label: 'Sexy', unsafe: true });
  });

  it('is unsafe at exactly the threshold', () => {
    expect(verdictOf([0, 0, 0.3, 0.7, 0], 0.7).unsafe).toBe(true);
    expect(verdictOf([0, 0, 0.31, 0.69, 0], 0.7).unsafe).toBe(false);
  });
});
