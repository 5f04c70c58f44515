import { COMMON_WORDS } from '../text/common-words';
import { editDistance } from './edit-distance';
import { stem } from './stem';

/**
 * Corrects typos against the words the knowledge base knows. Words are bucketed by length
 * so a lookup only compares against words that could be within reach.
 */
export class SpellingCorrector {
  private readonly byLength = new Map<number, string[]>();
  private readonly known: Set<string>;
  /** Stems of known words: "easing" is a form of the known "ease", not a typo of "eating". */
  private readonly knownStems: Set<string>;
  private readonly cache = new Map<string, string>();

  /** `words` maps each known word to how often the knowledge base uses it: ties go to the commoner word. */
  constructor(private readonly words: Map<string, number>) {
    this.known = new Set(words.keys());
    this.knownStems = new Set([...this.known].map(stem));
    for (const word of this.known) {
      if (word.length < 4 || /\d/.test(word)) continue;
      const list = this.byLength.get(word.length) ?? [];
      list.push(word);
      this.byLength.set(word.length, list);
    }
  }

  /** The closest known word, or the word itself when it is known, short, or too far from all. */
  correct(word: string): string {
    if (this.known.has(word) || word.length < 4 || /\d/.test(word) || this.knownStems.has(stem(word))) return word;
    const cached = this.cache.get(word);
    if (cached !== undefined) return cached;
    // Longer words get more edits: "masage" -> "massage", "sciaitca" -> "sciatica". Four-letter
    // words get none: "rice" or "cook" would become some other known word, not a typo fixed.
    if (word.length < 5) return word;
    const max = word.length >= 8 ? 2 : 1;
    // A real word is what the person meant ("heard" is not "hard"), unless a known word is
    // another form of it ("prevalence" and the known "prevalent").
    const common = COMMON_WORDS.has(word);
    let best = word;
    let bestDistance = max + 1;
    for (let len = word.length - max; len <= word.length + max; len++) {
      for (const candidate of this.byLength.get(len) ?? []) {
        // Typos rarely change the first letter; requiring it keeps "pain" from becoming "gain".
        if (candidate[0] !== word[0]) continue;
        if (common && !candidate.startsWith(word.slice(0, 5))) continue;
        const d = editDistance(word, candidate, max);
        if (d > max) continue;
        if (d < bestDistance || (this.words.get(candidate) ?? 0) > (this.words.get(best) ?? 0)) {
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
