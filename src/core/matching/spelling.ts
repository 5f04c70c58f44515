import { editDistance } from './edit-distance';

/**
 * Corrects typos against the words the knowledge base knows. Words are bucketed by length
 * so a lookup only compares against words that could be within reach.
 */
export class SpellingCorrector {
  private readonly byLength = new Map<number, string[]>();
  private readonly known: Set<string>;
  private readonly cache = new Map<string, string>();

  constructor(words: Iterable<string>) {
    this.known = new Set(words);
    for (const word of this.known) {
      if (word.length < 4 || /\d/.test(word)) continue;
      const list = this.byLength.get(word.length) ?? [];
      list.push(word);
      this.byLength.set(word.length, list);
    }
  }

  /** The closest known word, or the word itself when it is known, short, or too far from all. */
  correct(word: string): string {
    if (this.known.has(word) || word.length < 4 || /\d/.test(word)) return word;
    const cached = this.cache.get(word);
    if (cached !== undefined) return cached;
    // Short words get one edit, longer ones two: "masage" -> "massage", "sciaitca" -> "sciatica".
    const max = word.length >= 7 ? 2 : 1;
    let best = word;
    let bestDistance = max + 1;
    for (let len = word.length - max; len <= word.length + max; len++) {
      for (const candidate of this.byLength.get(len) ?? []) {
        // Typos rarely change the first letter; requiring it keeps "pain" from becoming "gain".
        if (candidate[0] !== word[0]) continue;
        const d = editDistance(word, candidate, max);
        if (d < bestDistance) {
          best = candidate;
          bestDistance = d;
        }
      }
    }
    if (this.cache.size > 5000) this.cache.clear();
    this.cache.set(word, best);
    return best;
  }
}
