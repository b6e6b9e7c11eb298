import { textFeatures } from './text-features';

/**
 * A multinomial naive Bayes text classifier, as stored (models/category-suggest.json): per class,
 * its document count and feature total; per feature, its count in each class that has it. The
 * smoothed log-likelihoods are derived when the model is loaded, so the file stays small and exact.
 */
export interface NaiveBayesFile {
  version: string;
  alpha: number;
  classes: string[];
  class_docs: number[];
  class_totals: number[];
  /** feature → [class index, count] pairs. */
  features: Record<string, [number, number][]>;
}

export interface Prediction {
  label: string;
  /** The class's posterior probability under the model (softmax of the log-joint). */
  score: number;
}

export interface TextClassifier {
  version: string;
  classes: readonly string[];
  predict(text: string): Prediction[];
}

/** Counts features per class over `docs`; features seen fewer than `minCount` times overall are dropped. */
export function trainNaiveBayes(docs: readonly { text: string; label: string }[], opts: { version: string; alpha: number; minCount: number }): NaiveBayesFile {
  const classes = [...new Set(docs.map((d) => d.label))].sort();
  const index = new Map(classes.map((c, i) => [c, i]));
  const classDocs = classes.map(() => 0);
  const perFeature = new Map<string, number[]>();
  for (const doc of docs) {
    const c = index.get(doc.label)!;
    classDocs[c]!++;
    for (const [feature, n] of textFeatures(doc.text)) {
      let counts = perFeature.get(feature);
      if (!counts) perFeature.set(feature, (counts = classes.map(() => 0)));
      counts[c]! += n;
    }
  }
  const features: Record<string, [number, number][]> = {};
  const classTotals = classes.map(() => 0);
  for (const feature of [...perFeature.keys()].sort()) {
    const counts = perFeature.get(feature)!;
    if (counts.reduce((a, b) => a + b, 0) < opts.minCount) continue;
    features[feature] = counts.flatMap((n, c) => (n > 0 ? [[c, n] as [number, number]] : []));
    counts.forEach((n, c) => (classTotals[c]! += n));
  }
  return { version: opts.version, alpha: opts.alpha, classes, class_docs: classDocs, class_totals: classTotals, features };
}

/** The classifier a stored model describes: every class ranked for a text, most likely first. */
export function naiveBayes(file: NaiveBayesFile): TextClassifier {
  const k = file.classes.length;
  const vocabulary = Object.keys(file.features).length;
  const docs = file.class_docs.reduce((a, b) => a + b, 0);
  const prior = file.class_docs.map((n) => Math.log(n / docs));
  const denominator = file.class_totals.map((t) => t + file.alpha * vocabulary);
  // A feature's log-likelihood in a class where it never occurred, and the lift where it did.
  const unseen = denominator.map((d) => Math.log(file.alpha / d));
  const lift = new Map(Object.entries(file.features).map(([f, pairs]) => [f, pairs.map(([c, n]) => [c, Math.log((n + file.alpha) / file.alpha)] as const)]));
  return {
    version: file.version,
    classes: file.classes,
    predict(text) {
      const joint = [...prior];
      for (const [feature, n] of textFeatures(text)) {
        const pairs = lift.get(feature);
        if (!pairs) continue;
        for (let c = 0; c < k; c++) joint[c]! += n * unseen[c]!;
        for (const [c, l] of pairs) joint[c]! += n * l;
      }
      const max = Math.max(...joint);
      const exp = joint.map((j) => Math.exp(j - max));
      const sum = exp.reduce((a, b) => a + b, 0);
      return file.classes.map((label, c) => ({ label, score: exp[c]! / sum })).sort((a, b) => b.score - a.score || a.label.localeCompare(b.label));
    },
  };
}
