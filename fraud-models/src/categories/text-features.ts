// The features the category model reads from a listing's text: words, pairs of adjacent words and
// the character trigrams of each word, after lower-casing and stripping accents ("Pokémon" and
// "pokemon" are one word; "sneaker" and "sneakers" share most trigrams).

/** Lower-cased, without accents, words split on anything that is not a letter or a digit. */
export function words(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
}

/** Each feature of the text with its count. */
export function textFeatures(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (feature: string) => counts.set(feature, (counts.get(feature) ?? 0) + 1);
  const ws = words(text);
  ws.forEach((w, i) => {
    add(`w:${w}`);
    if (i > 0) add(`b:${ws[i - 1]} ${w}`);
    const padded = `^${w}$`;
    for (let j = 0; j + 3 <= padded.length; j++) add(`c:${padded.slice(j, j + 3)}`);
  });
  return counts;
}
