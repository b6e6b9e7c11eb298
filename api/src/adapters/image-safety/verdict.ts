import { NSFW_LABELS, type NsfwLabel } from './nsfw-model';

export interface ImageSafety {
  unsafe: boolean;
  /** The most probable class. */
  label: NsfwLabel;
  /** Porn + Hentai + half of Sexy: what is compared with the threshold. */
  score: number;
  scores: Record<string, number>;
}

// A marketplace sells swimwear and lingerie, which the model calls Sexy: such a photo alone (at most 0.5)
// stays under any threshold above one half, but Sexy mixed with Porn or Hentai adds up.
const SEXY_WEIGHT = 0.5;

/** Turns the model's five probabilities into the verdict: unsafe at or above `threshold`. */
export function verdictOf(probabilities: readonly number[], threshold: number): ImageSafety {
  const scores = Object.fromEntries(NSFW_LABELS.map((label, i) => [label, probabilities[i] ?? 0])) as Record<NsfwLabel, number>;
  const label = NSFW_LABELS.reduce((best, next) => (scores[next] > scores[best] ? next : best));
  const score = scores.Porn + scores.Hentai + SEXY_WEIGHT * scores.Sexy;
  return { unsafe: score >= threshold, label, score, scores };
}
