import type { Section } from '../knowledge/section';
import { QUESTION_WORDS } from './stopwords';
import { TUNING } from './tuning';


/** How many best-covered sections are compared with their alternate questions. */
const PRESELECT = 40;
/** A word in more sections than this (or a tenth of them) does not make a section a candidate alone. */
const COMMON_POSTINGS = 50;

export interface LexicalHit {
  index: number;
  /** Share of the query's information (idf) the section covers, 0..1. */
  coverage: number;
  /** Best idf-weighted cosine between the query and one of the section's questions, 0..1. */
  questionSimilarity: number;
}

/**
 * An inverted index over analysed terms. It finds the sections that share any term with a
 * question (the cheap candidate filter in front of fuzzy ranking) and scores how much of
 * the question each one covers.
 */
export class TermIndex {
  /** term -> the sections that have it, and how much it weighs in each (parallel arrays). */
  private readonly postings = new Map<string, { sections: number[]; weights: number[] }>();
  private readonly sectionCount: number;
  /** Per-search scratch space, one slot per section: no allocation per question. */
  private readonly scores: Float64Array;
  private readonly marks: Uint32Array;
  private generation = 0;
  /** Each section's heading and alternate questions as weighted term vectors, norms worked out once. */
  private readonly questionVectors: QuestionVector[][] = [];
  private readonly idf = new Map<string, number>();
  /** Known terms that are everyday English and name no topic of the knowledge base ("people", "affect"). */
  private readonly generic = new Set<string>();

  /**
   * `termsOf` analyses knowledge text; the matcher passes a memoised one so each text is
   * analysed once. `everydayTerms` are the stems of common English words; those the knowledge
   * base has but never in a heading, a keyword or a synonym weigh less.
   */
  constructor(sections: Section[], termsOf: (text: string) => string[], { everydayTerms = new Set<string>(), topicTerms = new Set<string>() }: { everydayTerms?: ReadonlySet<string>; topicTerms?: ReadonlySet<string> } = {}) {
    sections.forEach((section, index) => {
      const weights = new Map<string, number>();
      const put = (terms: string[], weight: number) =>
        terms.forEach((t) => weights.set(t, Math.max(weights.get(t) ?? 0, weight)));
      section.questions.forEach((q) => put(termsOf(q), TUNING.fieldWeights.questions));
      section.keywords.forEach((k) => put(termsOf(k), TUNING.fieldWeights.keywords));
      put(termsOf(section.heading), TUNING.fieldWeights.heading);
      put(termsOf(section.body), TUNING.fieldWeights.body);
      for (const [term, weight] of weights) {
        let list = this.postings.get(term);
        if (!list) this.postings.set(term, (list = { sections: [], weights: [] }));
        list.sections.push(index);
        list.weights.push(weight);
      }
    });
    const n = sections.length;
    this.sectionCount = n;
    this.scores = new Float64Array(n);
    this.marks = new Uint32Array(n);
    for (const [term, list] of this.postings) {
      this.idf.set(term, Math.log(1 + (n - list.sections.length + 0.5) / (list.sections.length + 0.5)));
      if (everydayTerms.has(term) && !topicTerms.has(term)) this.generic.add(term);
    }
    sections.forEach((section) => {
      const asked = [section.heading, ...section.questions].map((q) => this.vector(termsOf(q)));
      this.questionVectors.push(asked.filter((v) => v.terms.length > 0));
    });
  }

  idfOf(term: string): number {
    const idf = this.idf.get(term);
    if (QUESTION_WORDS.has(term)) return Math.min(idf ?? 0, TUNING.questionWordWeight);
    if (idf === undefined) return TUNING.unknownTermWeight;
    // In a small knowledge base an everyday word in one section looks as rare as a topic word.
    return Math.max(idf, TUNING.idfFloor) * (this.generic.has(term) ? TUNING.everydayWordWeight : 1);
  }

  /** Sections sharing at least one term with the query, best coverage first, at most `limit`. */
  search(terms: string[], limit: number): LexicalHit[] {
    const unique = [...new Set(terms)];
    if (unique.length === 0) return [];
    const total = unique.reduce((sum, t) => sum + this.idfOf(t), 0);
    // Candidates come from the rarer words: a word most sections share ("massage") adds to
    // every candidate's score but would make every section a candidate in a large base.
    const common = Math.max(COMMON_POSTINGS, this.sectionCount * 0.1);
    const rare = unique.filter((t) => (this.postings.get(t)?.sections.length ?? 0) <= common);
    const generation = ++this.generation;
    const candidates: number[] = [];
    for (const term of rare.length > 0 ? rare : unique) {
      for (const index of this.postings.get(term)?.sections ?? []) {
        if (this.marks[index] === generation) continue;
        this.marks[index] = generation;
        this.scores[index] = 0;
        candidates.push(index);
      }
    }
    for (const term of unique) {
      const list = this.postings.get(term);
      if (!list) continue;
      const idf = this.idfOf(term);
      for (let k = 0; k < list.sections.length; k++) {
        const index = list.sections[k]!;
        if (this.marks[index] === generation) this.scores[index]! += idf * list.weights[k]!;
      }
    }
    const scores = topScores(candidates, this.scores, PRESELECT);
    const query = new Map(unique.map((t) => [t, this.idfOf(t)] as const));
    const queryNorm = Math.sqrt([...query.values()].reduce((sum, w) => sum + w * w, 0));
    // Comparing with every alternate question is the costly part: only the best-covered
    // sections get it, so a knowledge base of thousands of sections stays fast.
    return scores
      .map(([index, score]) => ({ index, coverage: score / total, questionSimilarity: this.bestQuestion(index, query, queryNorm) }))
      .sort((a, b) => b.coverage + b.questionSimilarity - (a.coverage + a.questionSimilarity))
      .slice(0, limit);
  }

  private vector(terms: string[]): QuestionVector {
    const unique = [...new Set(terms)];
    const weights = unique.map((t) => this.idfOf(t));
    return { terms: unique, weights, norm: Math.sqrt(weights.reduce((sum, w) => sum + w * w, 0)) };
  }

  private bestQuestion(index: number, query: Map<string, number>, queryNorm: number): number {
    let best = 0;
    for (const question of this.questionVectors[index]!) {
      let dot = 0;
      for (let k = 0; k < question.terms.length; k++) {
        const q = query.get(question.terms[k]!);
        if (q) dot += q * question.weights[k]!;
      }
      if (dot > 0) best = Math.max(best, dot / (question.norm * queryNorm));
    }
    return best;
  }
}

/** The `n` best-scored candidates as [index, score], kept in a small sorted list as it goes. */
function topScores(candidates: number[], scores: Float64Array, n: number): [number, number][] {
  const best: [number, number][] = [];
  for (const index of candidates) {
    const score = scores[index]!;
    if (best.length === n && score <= best[n - 1]![1]) continue;
    let at = best.length;
    while (at > 0 && best[at - 1]![1] < score) at--;
    best.splice(at, 0, [index, score]);
    if (best.length > n) best.pop();
  }
  return best;
}

interface QuestionVector {
  terms: string[];
  weights: number[];
  norm: number;
}
