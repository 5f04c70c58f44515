import type { Section } from '../knowledge/section';
import type { Analyzer } from './analyzer';
import { QUESTION_WORDS } from './stopwords';
import { TUNING } from './tuning';


/** How many best-covered sections are compared with their alternate questions. */
const PRESELECT = 40;

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
  private readonly postings = new Map<string, number[]>();
  private readonly termWeights: Map<string, number>[] = [];
  private readonly questionVectors: Map<string, number>[][] = [];
  private readonly idf = new Map<string, number>();

  constructor(sections: Section[], analyzer: Analyzer) {
    sections.forEach((section, index) => {
      const weights = new Map<string, number>();
      const put = (terms: string[], weight: number) =>
        terms.forEach((t) => weights.set(t, Math.max(weights.get(t) ?? 0, weight)));
      section.questions.forEach((q) => put(analyzer.documentTerms(q), TUNING.fieldWeights.questions));
      section.keywords.forEach((k) => put(analyzer.documentTerms(k), TUNING.fieldWeights.keywords));
      put(analyzer.documentTerms(section.heading), TUNING.fieldWeights.heading);
      put(analyzer.documentTerms(section.body), TUNING.fieldWeights.body);
      this.termWeights.push(weights);
      for (const term of weights.keys()) {
        const list = this.postings.get(term) ?? [];
        list.push(index);
        this.postings.set(term, list);
      }
    });
    const n = sections.length;
    for (const [term, list] of this.postings) this.idf.set(term, Math.log(1 + (n - list.length + 0.5) / (list.length + 0.5)));
    sections.forEach((section) => {
      const asked = [section.heading, ...section.questions].map((q) => this.vector(analyzer.documentTerms(q)));
      this.questionVectors.push(asked.filter((v) => v.size > 0));
    });
  }

  idfOf(term: string): number {
    const idf = this.idf.get(term);
    if (QUESTION_WORDS.has(term)) return Math.min(idf ?? 0, TUNING.questionWordWeight);
    return idf === undefined ? TUNING.unknownTermWeight : Math.max(idf, TUNING.idfFloor);
  }

  /** Sections sharing at least one term with the query, best coverage first, at most `limit`. */
  search(terms: string[], limit: number): LexicalHit[] {
    const unique = [...new Set(terms)];
    if (unique.length === 0) return [];
    const total = unique.reduce((sum, t) => sum + this.idfOf(t), 0);
    const scores = new Map<number, number>();
    for (const term of unique) {
      const idf = this.idfOf(term);
      for (const index of this.postings.get(term) ?? []) {
        scores.set(index, (scores.get(index) ?? 0) + idf * this.termWeights[index]!.get(term)!);
      }
    }
    const query = this.vector(unique);
    // Comparing with every alternate question is the costly part: only the best-covered
    // sections get it, so a knowledge base of thousands of sections stays fast.
    return topBy([...scores], PRESELECT, ([, score]) => score)
      .map(([index, score]) => ({ index, coverage: score / total, questionSimilarity: this.bestQuestion(index, query) }))
      .sort((a, b) => b.coverage + b.questionSimilarity - (a.coverage + a.questionSimilarity))
      .slice(0, limit);
  }

  private vector(terms: string[]): Map<string, number> {
    const v = new Map<string, number>();
    for (const t of terms) v.set(t, this.idfOf(t));
    return v;
  }

  private bestQuestion(index: number, query: Map<string, number>): number {
    let best = 0;
    const queryNorm = Math.sqrt([...query.values()].reduce((s, w) => s + w * w, 0));
    for (const question of this.questionVectors[index]!) {
      let dot = 0;
      let norm = 0;
      for (const [t, w] of question) {
        norm += w * w;
        const q = query.get(t);
        if (q) dot += q * w;
      }
      if (dot > 0) best = Math.max(best, dot / (Math.sqrt(norm) * queryNorm));
    }
    return best;
  }
}

/** The `n` items with the highest key, without sorting everything. */
function topBy<T>(items: T[], n: number, key: (item: T) => number): T[] {
  if (items.length <= n) return items;
  const threshold = items.map(key).sort((a, b) => b - a)[n - 1]!;
  return items.filter((item) => key(item) >= threshold).slice(0, n * 2);
}
