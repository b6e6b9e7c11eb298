// replaced by the safety branch at merge
export type SafetyLabel = 'Drawing' | 'Hentai' | 'Neutral' | 'Porn' | 'Sexy';

export interface ImageSafety {
  unsafe: boolean;
  label: SafetyLabel;
  score: number;
  scores: Record<string, number>;
}

export function classifyImage(image: Buffer): Promise<ImageSafety> {
  void image;
  return Promise.resolve({ unsafe: false, label: 'Neutral', score: 1, scores: { Neutral: 1 } });
}

export function closeImageSafety(): Promise<void> {
  return Promise.resolve();
}
