import Fuse, { type IFuseOptions } from 'fuse.js';
import { LruCache } from '../lru-cache';
import { COMMON_WORDS } from '../text/common-words';
import { stem } from './stem';
import { TUNING } from './tuning';

/** fuse.js's Bitap matcher takes patterns of at most 32 characters. */
const MAX_PATTERN = 32;

export interface TypoOptions {
  /** Words shorter than this are never corrected. */
  minLength: number;
  /** Edits allowed per letter: fuse.js's threshold, and the cap on the edits a correction may make. */
  editsPerLetter: number;
}

/**
 * The one typo corrector: a word is matched fuzzily (fuse.js, Bitap) against a vocabulary
 * indexed once, at start-up, and corrected to the closest known word. Anything may call it
 * for a word; the matcher builds one over the knowledge base's words.
 *
 * fuse.js finds a pattern inside a longer text ("massag" is in "massagers" with no error), so
 * each candidate's edits are taken as the larger of fuse.js's errors and the difference in
 * length: "masage" is one edit from "massage", three from "massagers".
 */
export class TypoCorrector {
  private readonly known: Set<string>;
  /** Stems of known words: "easing" is a form of the known "ease", not a typo of "eating". */
  private readonly knownStems: Set<string>;
  /**
   * Indexes by first letter and by the length of the word to correct: typos rarely change the
   * first letter (it keeps "pain" from becoming "gain"), and a correction is never further in
   * length than the edits it may make, so each index holds only the words of its initial
   * within reach of that length (in vocabulary order). fuse.js scores each word on its own,
   * so a search of the smaller index finds the same words, in the same order, as the whole
   * letter's list would, at a fraction of the cost.
   */
  private readonly byInitial: Map<string, string[]>;
  private readonly indexes = new Map<string, Fuse<string>>();
  private readonly fuseOptions: IFuseOptions<string>;
  private readonly cache = new LruCache<string, string>(10_000);

  /** `words` maps each known word to how often it is used: a tie goes to the commoner word. */
  constructor(
    private readonly words: ReadonlyMap<string, number>,
    private readonly options: TypoOptions = TUNING.typos,
  ) {
    this.known = new Set(words.keys());
    this.knownStems = new Set([...this.known].map(stem));
    const byInitial = new Map<string, string[]>();
    for (const word of this.known) {
      if (word.length < options.minLength - 1 || /\d/.test(word)) continue;
      const list = byInitial.get(word[0]!) ?? [];
      list.push(word);
      byInitial.set(word[0]!, list);
    }
    // fuse.js counts two letters swapped ("cuases") as two errors, a typo as one: it is asked
    // for words two errors away, so that a swap within reach is among what it finds.
    const threshold = Math.max(options.editsPerLetter, 2 / options.minLength);
    this.fuseOptions = { includeScore: true, ignoreLocation: true, isCaseSensitive: true, threshold };
    this.byInitial = byInitial;
  }

  /** The index of the words a word of this initial and length may be corrected to, built when first needed. */
  private indexFor(initial: string, length: number, max: number): Fuse<string> | undefined {
    const key = `${initial}${length}`;
    let index = this.indexes.get(key);
    if (!index) {
      const list = this.byInitial.get(initial);
      if (!list) return undefined;
      index = new Fuse(list.filter((w) => Math.abs(w.length - length) <= max), this.fuseOptions);
      this.indexes.set(key, index);
    }
    return index;
  }

  /** The closest known word, or the word itself when it is known, short, or too far from all. */
  correct(word: string): string {
    const { minLength, editsPerLetter } = this.options;
    if (word.length < minLength || word.length > MAX_PATTERN || this.known.has(word) || /\d/.test(word)) return word;
    const cached = this.cache.get(word);
    if (cached !== undefined) return cached;
    let best = word;
    if (!this.knownStems.has(stem(word))) {
      const max = Math.floor(editsPerLetter * word.length);
      // A real word is what the person meant ("heard" is not "hard"), unless a known word is
      // another form of it ("prevalence" and the known "prevalent").
      const common = COMMON_WORDS.has(word);
      let bestEdits = max + 1;
      for (const { item, score = 1 } of this.indexFor(word[0]!, word.length, max)?.search(word) ?? []) {
        if (common && !item.startsWith(word.slice(0, 5))) continue;
        const edits = isSwap(word, item) ? 1 : Math.max(Math.round(score * word.length), Math.abs(item.length - word.length));
        if (edits > max) continue;
        if (edits < bestEdits || (edits === bestEdits && (this.words.get(item) ?? 0) > (this.words.get(best) ?? 0))) {
          best = item;
          bestEdits = edits;
        }
      }
    }
    this.cache.set(word, best);
    return best;
  }
}

/** Whether `b` is `a` with two neighbouring letters swapped. */
function isSwap(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i < a.length - 1 && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}
