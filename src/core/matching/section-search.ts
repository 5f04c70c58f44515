import Fuse from 'fuse.js';
import { matchedText, type Section } from '../knowledge/section';
import { LruCache } from '../lru-cache';
import { QUESTION_WORDS } from './stopwords';
import { TUNING } from './tuning';

/** fuse.js's Bitap matcher takes patterns of at most 32 characters (a term, padded with a space each side). */
const MAX_TERM = 30;

type Field = 'heading' | 'questions' | 'keywords' | 'body';

export interface TextScore {
  index: number;
  /** Share of the question's information (weighted terms) the section has, fuzzily, 0..1. */
  coverage: number;
  /** Best weighted cosine between the question and the section's heading or one alternate question, 0..1. */
  questionSimilarity: number;
}

/** A record the term matched, and how well (1: exactly). */
interface Hit {
  record: number;
  quality: number;
}

/**
 * Scores every section for a question, with one fuse.js index built at start-up: every
 * heading, alternate question and keyword of every section is a record, and so is the set of
 * words of each section's body. Each term of a question is looked up fuzzily in all of them
 * ("sciatic" meets "sciatica", a typo the corrector left meets its word), once: the records it
 * matches are remembered per term, and people use the same few thousand words. A section's
 * score is then how much of the question it covers and how close its closest question is.
 */
export class SectionSearch {
  private readonly fuse: Fuse<string>;
  private readonly recordSection: Int32Array;
  /** Norm of each heading and alternate question's term weights; 0 for keywords and bodies (not compared as questions). */
  private readonly recordNorm: Float64Array;
  private readonly sectionCount: number;
  private readonly idf = new Map<string, number>();
  /** Known terms that are everyday English and name no topic of the knowledge base ("people", "affect"). */
  private readonly generic = new Set<string>();
  private readonly lookups = new LruCache<string, Hit[]>(20_000);

  /**
   * `termsOf` analyses knowledge text. `everydayTerms` are the stems of common English words;
   * those the knowledge base has but never in a heading, a keyword or a synonym weigh less.
   */
  constructor(sections: Section[], termsOf: (text: string) => string[], { everydayTerms = new Set<string>(), topicTerms = new Set<string>() }: { everydayTerms?: ReadonlySet<string>; topicTerms?: ReadonlySet<string> } = {}) {
    const texts: string[] = [];
    const owners: number[] = [];
    const asked: string[][] = [];
    const add = (terms: string[], section: number, field: Field) => {
      const unique = [...new Set(terms)];
      if (unique.length === 0) return;
      // A space each side of every term: a term is found as a word, not inside one ("arm" in "harm").
      texts.push(` ${unique.join(' ')} `);
      owners.push(section);
      asked.push(field === 'heading' || field === 'questions' ? unique : []);
    };
    const df = new Map<string, number>();
    sections.forEach((section, index) => {
      add(termsOf(section.heading), index, 'heading');
      section.questions.forEach((q) => add(termsOf(q), index, 'questions'));
      section.keywords.forEach((k) => add(termsOf(k), index, 'keywords'));
      const body = termsOf(matchedText(section));
      add(body, index, 'body');
      const all = new Set([section.heading, ...section.questions, ...section.keywords].flatMap(termsOf).concat(body));
      for (const term of all) df.set(term, (df.get(term) ?? 0) + 1);
    });
    const n = sections.length;
    this.sectionCount = n;
    for (const [term, count] of df) {
      this.idf.set(term, Math.log(1 + (n - count + 0.5) / (count + 0.5)));
      if (everydayTerms.has(term) && !topicTerms.has(term)) this.generic.add(term);
    }
    this.recordSection = Int32Array.from(owners);
    this.recordNorm = Float64Array.from(asked.map((terms) => Math.sqrt(terms.reduce((sum, t) => sum + this.weightOf(t) ** 2, 0))));
    this.fuse = new Fuse(texts, { includeScore: true, ignoreLocation: true, isCaseSensitive: true, threshold: TUNING.text.threshold });
  }

  /** How much a term of the question weighs: its rarity among the sections. */
  weightOf(term: string): number {
    const idf = this.idf.get(term);
    if (QUESTION_WORDS.has(term)) return Math.min(idf ?? 0, TUNING.questionWordWeight);
    if (idf === undefined) return TUNING.unknownTermWeight;
    // In a small knowledge base an everyday word in one section looks as rare as a topic word.
    return Math.max(idf, TUNING.idfFloor) * (this.generic.has(term) ? TUNING.everydayWordWeight : 1);
  }

  /** Every section that has any of the terms, fuzzily, with its scores; unsorted. */
  search(terms: string[]): TextScore[] {
    const unique = [...new Set(terms)];
    if (unique.length === 0) return [];
    const n = this.sectionCount;
    const best = new Float64Array(n);
    const covered = new Float64Array(n);
    const dots = new Map<number, number>();
    let total = 0;
    let queryNorm = 0;
    for (const term of unique) {
      const weight = this.weightOf(term);
      if (weight === 0) continue;
      total += weight;
      queryNorm += weight * weight;
      best.fill(0);
      for (const { record, quality } of this.hits(term)) {
        const section = this.recordSection[record]!;
        best[section] = Math.max(best[section]!, quality);
        if (this.recordNorm[record]! > 0) dots.set(record, (dots.get(record) ?? 0) + weight * weight * quality);
      }
      for (let s = 0; s < n; s++) covered[s]! += weight * best[s]!;
    }
    if (total === 0) return [];
    queryNorm = Math.sqrt(queryNorm);
    const similarity = new Float64Array(n);
    for (const [record, dot] of dots) {
      const section = this.recordSection[record]!;
      similarity[section] = Math.max(similarity[section]!, Math.min(1, dot / (this.recordNorm[record]! * queryNorm)));
    }
    const scores: TextScore[] = [];
    for (let s = 0; s < n; s++) {
      if (covered[s]! > 0) scores.push({ index: s, coverage: covered[s]! / total, questionSimilarity: similarity[s]! });
    }
    return scores;
  }

  /** The records a term matches, as fuse.js finds them, remembered. */
  private hits(term: string): Hit[] {
    let hits = this.lookups.get(term);
    if (hits) return hits;
    hits = term.length > MAX_TERM ? [] : this.fuse.search(` ${term} `).map(({ refIndex, score = 1 }) => ({ record: refIndex, quality: 1 - score }));
    this.lookups.set(term, hits);
    return hits;
  }
}
