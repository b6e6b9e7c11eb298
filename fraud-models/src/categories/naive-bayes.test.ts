import { naiveBayes, trainNaiveBayes } from './naive-bayes';
import { textFeatures, words } from './text-features';

describe('text features', () => {
  it('lower-cases, strips accents and splits on punctuation', () => {
    expect(words('Pokémon cards – Charizard (HOLO), 1st edition!')).toEqual(['pokemon', 'cards', 'charizard', 'holo', '1st', 'edition']);
  });

  it('counts words, adjacent pairs and padded character trigrams', () => {
    expect(Object.fromEntries(textFeatures('LP lp'))).toEqual({ 'w:lp': 2, 'b:lp lp': 1, 'c:^lp': 2, 'c:lp$': 2 });
  });
});

describe('naive Bayes', () => {
  const docs = [
    { text: 'red apple', label: 'fruit' },
    { text: 'green apple', label: 'fruit' },
    { text: 'ripe banana', label: 'fruit' },
    { text: 'red car', label: 'vehicle' },
    { text: 'fast car', label: 'vehicle' },
    { text: 'old truck', label: 'vehicle' },
  ];
  const file = trainNaiveBayes(docs, { version: 't', alpha: 0.5, minCount: 1 });

  it('stores per-class document counts and sparse feature counts', () => {
    expect(file.classes).toEqual(['fruit', 'vehicle']);
    expect(file.class_docs).toEqual([3, 3]);
    expect(file.features['w:red']).toEqual([
      [0, 1],
      [1, 1],
    ]);
    expect(file.features['w:apple']).toEqual([[0, 2]]);
  });

  it('ranks every class, likeliest first, with probabilities summing to 1', () => {
    const ranked = naiveBayes(file).predict('an apple');
    expect(ranked.map((p) => p.label)).toEqual(['fruit', 'vehicle']);
    expect(ranked[0]!.score).toBeGreaterThan(0.5);
    expect(ranked.reduce((s, p) => s + p.score, 0)).toBeCloseTo(1, 10);
    expect(naiveBayes(file).predict('red truck')[0]!.label).toBe('vehicle');
  });

  it('falls back to the priors for text with no known feature', () => {
    expect(
      naiveBayes(file)
        .predict('zzz qqq')
        .map((p) => p.score),
    ).toEqual([0.5, 0.5]);
  });

  it('drops features rarer than minCount', () => {
    const pruned = trainNaiveBayes(docs, { version: 't', alpha: 0.5, minCount: 2 });
    expect(pruned.features['w:apple']).toBeDefined();
    expect(pruned.features['w:banana']).toBeUndefined();
  });
});
