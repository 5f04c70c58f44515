/** A labelled example as the index keeps it: its terms, and the section it belongs to (-1: not covered). */
export interface LabelledTerms {
  terms: string[];
  label: number;
}

export interface Neighbour {
  label: number;
  /** Cosine similarity of rarity-weighted terms, 0..1. */
  similarity: number;
}

/** The label of examples the knowledge base does not cover. */
export const NOT_COVERED = -1;

/**
 * Example questions by their terms, for finding the ones most like a new question. Only the
 * examples that share a term with the question are scored, through an inverted index, so a
 * few thousand examples cost tens of microseconds per question.
 */
export class ExampleIndex {
  private readonly postings = new Map<string, { ids: number[]; weights: number[] }>();
  private readonly labels: Int32Array;
  private readonly norms: Float64Array;
  /** Per-search scratch space, one slot per example. */
  private readonly dots: Float64Array;
  private readonly marks: Uint32Array;
  private generation = 0;

  /**
   * `isHint(term)` marks words that only refine a match ("who", "why"): they add to the
   * similarity of an example that shares a topic word, but never make an example a neighbour
   * alone ("who painted the Mona Lisa?" is not like "who shouldn't have massage?").
   */
  constructor(
    examples: LabelledTerms[],
    private readonly weightOf: (term: string) => number,
    private readonly isHint: (term: string) => boolean = () => false,
  ) {
    this.labels = new Int32Array(examples.length);
    this.norms = new Float64Array(examples.length);
    this.dots = new Float64Array(examples.length);
    this.marks = new Uint32Array(examples.length);
    examples.forEach(({ terms, label }, id) => {
      this.labels[id] = label;
      let norm = 0;
      for (const term of new Set(terms)) {
        const weight = weightOf(term);
        norm += weight * weight;
        let list = this.postings.get(term);
        if (!list) this.postings.set(term, (list = { ids: [], weights: [] }));
        list.ids.push(id);
        list.weights.push(weight);
      }
      this.norms[id] = Math.sqrt(norm);
    });
  }

  get size(): number {
    return this.labels.length;
  }

  /** The `k` examples most like the question, most similar first. */
  nearest(terms: string[], k: number): Neighbour[] {
    const generation = ++this.generation;
    const touched: number[] = [];
    let queryNorm = 0;
    const unique = [...new Set(terms)];
    const hints = unique.filter(this.isHint);
    for (const term of unique) {
      const weight = this.weightOf(term);
      queryNorm += weight * weight;
      const list = hints.includes(term) ? undefined : this.postings.get(term);
      if (!list) continue;
      for (let i = 0; i < list.ids.length; i++) {
        const id = list.ids[i]!;
        if (this.marks[id] !== generation) {
          this.marks[id] = generation;
          this.dots[id] = 0;
          touched.push(id);
        }
        this.dots[id]! += weight * list.weights[i]!;
      }
    }
    for (const term of hints) {
      const list = this.postings.get(term);
      if (!list) continue;
      const weight = this.weightOf(term);
      for (let i = 0; i < list.ids.length; i++) {
        const id = list.ids[i]!;
        if (this.marks[id] === generation) this.dots[id]! += weight * list.weights[i]!;
      }
    }
    const best: Neighbour[] = [];
    queryNorm = Math.sqrt(queryNorm);
    for (const id of touched) {
      const similarity = this.dots[id]! / (this.norms[id]! * queryNorm);
      if (best.length === k && similarity <= best[k - 1]!.similarity) continue;
      let at = best.length;
      while (at > 0 && best[at - 1]!.similarity < similarity) at--;
      best.splice(at, 0, { label: this.labels[id]!, similarity });
      if (best.length > k) best.pop();
    }
    return best;
  }
}
