import Fuse from 'fuse.js';
import type { AnswerCue } from '../knowledge/answer-cues';
import { LruCache } from '../lru-cache';
import { cachedStem } from '../matching/stem';
import { QUESTION_WORDS, STOPWORDS } from '../matching/stopwords';
import { normaliseText } from '../text/normalise';

/**
 * Extractive short answers: which of a section's own sentences (or list items) answer the
 * question. Nothing here rewrites text; it only chooses. The wording around the choice (the
 * source line, "more in the whole section") is in answer-wording.ts.
 */

/** One sentence of a paragraph, or one list item, of a section's text. */
export interface Passage {
  index: number;
  /** The passage's own words: a list item without its "- ". */
  text: string;
  /** Which paragraph or list of the section it belongs to. */
  block: number;
  /** A list item (shown as "- text"), else a sentence. */
  item: boolean;
  /** For a list item: the sentence ending in ":" that introduces its list, if there is one. */
  leadIn?: number;
  /** For a sentence ending in ":" right before a list: the list's block. */
  introduces?: number;
  /** The owner marked it "always show" (a caution): every short answer from the section has it. */
  always: boolean;
}

export interface ScoredPassage extends Passage {
  /** How well it answers the question: the question's words it has, weighed by rarity in the section, plus the answer cue. */
  score: number;
  /** The answer cue it met ("duration"), if any. */
  cue?: string;
}

export interface Choice {
  passages: ScoredPassage[];
  /** The chosen passages' indexes, in document order. */
  chosen: number[];
  /** Every passage of the section is in the choice. */
  whole: boolean;
}

/** At most this many passages are picked for what they say (a lead-in or an "always show" caution comes along free). */
export const MAX_PICKS = 3;
/** A passage scoring under this share of the best one does not join it. */
const JOIN_SHARE = 0.5;
/** Terms of the section's heading already brought the question here: within the section they tell passages apart less. */
const HEADING_TERM_WEIGHT = 0.5;
/** What meeting an answer cue is worth, as a share of all the question's words, and per extra answer phrase met. */
const CUE_SHARE = 1.1;
const CUE_EXTRA = 0.25;
const WORD = /[a-z0-9%]+(?:'[a-z]+)?/g;
const ITEM = /^\s*(?:[-*+]|\d+[.)])\s+/;
/** Words before a full stop that do not end a sentence. */
const ABBREVIATION = /\b(?:e\.g|i\.e|etc|vs|dr|mr|mrs|ms|st|approx|no)\.$/i;

/** Splits a section's markdown into sentences and list items, in order. */
export function splitPassages(body: string, alwaysShow: readonly string[] = []): Passage[] {
  const passages: Passage[] = [];
  const always = new Set(alwaysShow.map(squash));
  body
    .split(/\n\s*\n/)
    .map((b) => b.trim())
    .filter(Boolean)
    .forEach((block, blockIndex) => {
      const lines = block.split('\n');
      if (ITEM.test(lines[0]!)) {
        const items: string[] = [];
        for (const line of lines) {
          if (ITEM.test(line)) items.push(line.replace(ITEM, '').trim());
          else if (items.length > 0) items[items.length - 1] += ` ${line.trim()}`;
        }
        const previous = passages[passages.length - 1];
        const leadIn = previous && !previous.item && previous.block === blockIndex - 1 && previous.text.endsWith(':') ? previous.index : undefined;
        if (previous && leadIn !== undefined) previous.introduces = blockIndex;
        for (const text of items) passages.push({ index: passages.length, text, block: blockIndex, item: true, always: always.has(squash(text)), ...(leadIn !== undefined ? { leadIn } : {}) });
        return;
      }
      const paragraph = lines.map((l) => l.trim()).join(' ');
      const marked = always.has(squash(paragraph));
      for (const text of splitSentences(paragraph)) passages.push({ index: passages.length, text, block: blockIndex, item: false, always: marked });
    });
  return passages;
}

/** A paragraph's sentences, as the article has them ("e.g." does not end one). */
export function splitSentences(paragraph: string): string[] {
  const parts = paragraph.split(/(?<=[.!?…]["”’)]?)\s+(?=["“‘(]?[A-Z0-9])/);
  const out: string[] = [];
  for (const part of parts) {
    const last = out[out.length - 1];
    if (last !== undefined && ABBREVIATION.test(last)) out[out.length - 1] = `${last} ${part}`;
    else out.push(part);
  }
  return out;
}

function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Each passage's terms and the fuse.js index over them, built once per section's passages (sections repeat). */
const indexes = new WeakMap<Passage[], { passageTerms: Set<string>[]; lowered: string[]; fuse: Fuse<string>; fuzzy: LruCache<string, { refIndex: number; score?: number }[]> }>();

function indexOf(passages: Passage[]) {
  let index = indexes.get(passages);
  if (!index) {
    const passageTerms = passages.map((p) => new Set(termsOf(p.text)));
    const fuse = new Fuse(passageTerms.map((t) => ` ${[...t].join(' ')} `), { includeScore: true, ignoreLocation: true, isCaseSensitive: true, threshold: 0.2 });
    // What fuse.js finds for a term, remembered: a search over the passages costs more than the rest of the scoring.
    indexes.set(passages, (index = { passageTerms, lowered: passages.map((p) => normaliseText(p.text)), fuse, fuzzy: new LruCache(2000) }));
  }
  return index;
}

function termsOf(text: string): string[] {
  return (normaliseText(text).match(WORD) ?? []).filter((w) => !STOPWORDS.has(w) && !QUESTION_WORDS.has(w)).map(cachedStem);
}

function hasPhrase(text: string, phrase: string): boolean {
  if (!/^[a-z0-9]/.test(phrase)) return text.includes(phrase);
  return ` ${text.replace(/[^a-z0-9%']+/g, ' ')} `.includes(` ${phrase} `);
}

/**
 * Scores each passage for the question with fuse.js over the passages' words: each question
 * term is looked up fuzzily (a typo still meets its word), weighed by how rare it is among the
 * section's passages; a passage with the words that answer the question's kind ("minutes" for
 * "how long") gains as much as all the question's words together.
 */
export function scorePassages(passages: Passage[], question: string, { heading = '', cues = [] }: { heading?: string; cues?: readonly AnswerCue[] } = {}): ScoredPassage[] {
  const asked = ` ${normaliseText(question).replace(/[^a-z0-9%']+/g, ' ').trim()} `;
  const activeCues = cues.filter((c) => c.asked.some((phrase) => asked.includes(` ${phrase} `)));
  // The words of the cue phrase itself ("how long") are the cue's business, not terms to find.
  const cueWords = new Set(activeCues.flatMap((c) => c.asked.filter((p) => asked.includes(` ${p} `)).flatMap((p) => p.split(' '))).map(cachedStem));
  const terms = [...new Set(termsOf(question))].filter((t) => !cueWords.has(t));
  const headingTerms = new Set(termsOf(heading));
  const { passageTerms, lowered, fuse, fuzzy } = indexOf(passages);
  const n = passages.length;
  const lexical = new Float64Array(n);
  let total = 0;
  for (const term of terms) {
    const quality = new Float64Array(n);
    passageTerms.forEach((t, i) => {
      if (t.has(term)) quality[i] = 1;
    });
    if (!quality.some((q) => q === 1) && term.length >= 4) {
      let hits = fuzzy.get(term);
      if (!hits) fuzzy.set(term, (hits = fuse.search(` ${term} `)));
      for (const { refIndex, score = 1 } of hits) quality[refIndex] = Math.max(quality[refIndex]!, 1 - score);
    }
    const df = quality.filter((q) => q > 0).length;
    const weight = Math.max(0.1, Math.log(1 + (n - df + 0.5) / (df + 0.5))) * (headingTerms.has(term) ? HEADING_TERM_WEIGHT : 1);
    total += weight;
    quality.forEach((q, i) => (lexical[i]! += weight * q));
  }
  return passages.map((p, i) => {
    const lower = lowered[i]!;
    let cue: AnswerCue | undefined;
    let found = 0;
    for (const c of activeCues) {
      const n = c.answeredBy.filter((phrase) => hasPhrase(lower, phrase)).length;
      if (n > found) [cue, found] = [c, n];
    }
    // A passage of the asked kind outranks one that only repeats the question's words, and
    // "up to ten minutes per session" (three answer phrases) outranks "a few minutes" (one).
    const bonus = cue ? Math.max(total, 1) * (CUE_SHARE + CUE_EXTRA * Math.min(found - 1, 2)) : 0;
    return { ...p, score: lexical[i]! + bonus, ...(cue ? { cue: cue.name } : {}) };
  });
}

/**
 * Picks up to three passages, best first, that fit: `fits` says whether a set of passages,
 * rendered, stays within the first message's length. A list item brings the sentence that
 * introduces its list; an introducing sentence brings as many of its items as fit. A question
 * none of the passages speak to gets the section's opening, which is where an article says
 * what a section is about.
 */
export function choosePassages(scored: ScoredPassage[], fits: (chosen: number[]) => boolean): Choice {
  const ordered = (set: Set<number>) => [...set].sort((a, b) => a - b);
  const chosen = new Set<number>(scored.filter((p) => p.always).map((p) => p.index));
  const best = Math.max(0, ...scored.map((p) => p.score));
  const ranked = best > 0 ? [...scored].sort((a, b) => b.score - a.score || a.index - b.index) : scored;
  let picks = 0;
  for (const passage of ranked) {
    if (picks >= MAX_PICKS) break;
    if (best > 0 && passage.score < best * JOIN_SHARE) break;
    if (chosen.has(passage.index) && !passage.always) continue;
    const trial = new Set(chosen).add(passage.index);
    if (passage.leadIn !== undefined) trial.add(passage.leadIn);
    if (passage.introduces !== undefined) {
      const items = scored.filter((p) => p.block === passage.introduces);
      // The first item at least: a sentence ending in ":" with nothing after it says nothing.
      trial.add(items[0]!.index);
      if (!fits(ordered(trial))) continue;
      // Its items best first (all alike: in order), as many as fit.
      for (const item of items.slice(1).sort((a, b) => b.score - a.score || a.index - b.index)) {
        if (!fits(ordered(new Set(trial).add(item.index)))) break;
        trial.add(item.index);
      }
    }
    if (!fits(ordered(trial))) continue;
    for (const i of trial) chosen.add(i);
    picks += 1;
  }
  if (picks === 0) {
    // Nothing fits with its context: the best passage alone, whatever its length.
    chosen.add(ranked[0]!.index);
  }
  const list = ordered(chosen);
  return { passages: scored, chosen: list, whole: list.length === scored.length };
}
