/** A labelled example as the index keeps it: its terms, and the section it belongs to (-1: not covered). */
export interface LabelledTerms {
  terms: string[];
  label: number;
  /** The question as written, for explaining a match. */
  text: string;
}

export interface Neighbour {
  /** Position of the example in the list the index was built from. */
  id: number;
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
  /**
   * Postings in one flat pair of typed arrays (example ids and term weights), each term's run
   * from `starts[termId]` to `starts[termId + 1]`: a few large arrays instead of thousands of
   * small ones keeps start-up memory down.
   */
  private readonly termIds = new Map<string, number>();
  private readonly starts: Int32Array;
  private readonly ids: Int32Array;
  private readonly weights: Float32Array;
  private readonly labels: Int32Array;
  private readonly norms: Float64Array;
  /** Per-search scratch space, one slot per example. */
  private readonly dots: Float64Array;
  private readonly marks: Uint32Array;
  private readonly touched: Int32Array;
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
    const n = examples.length;
    this.labels = new Int32Array(n);
    this.norms = new Float64Array(n);
    this.dots = new Float64Array(n);
    this.marks = new Uint32Array(n);
    this.touched = new Int32Array(n);
    const counts: number[] = [];
    const unique = examples.map(({ terms }) => [...new Set(terms)]);
    for (const terms of unique) {
      for (const term of terms) {
        let id = this.termIds.get(term);
        if (id === undefined) this.termIds.set(term, (id = counts.push(0) - 1));
        counts[id]! += 1;
      }
    }
    this.starts = new Int32Array(counts.length + 1);
    counts.forEach((count, id) => (this.starts[id + 1] = this.starts[id]! + count));
    this.ids = new Int32Array(this.starts[counts.length]!);
    this.weights = new Float32Array(this.ids.length);
    const filled = this.starts.slice(0, counts.length);
    unique.forEach((terms, example) => {
      this.labels[example] = examples[example]!.label;
      let norm = 0;
      for (const term of terms) {
        const weight = weightOf(term);
        norm += weight * weight;
        const at = filled[this.termIds.get(term)!]!++;
        this.ids[at] = example;
        this.weights[at] = weight;
      }
      this.norms[example] = Math.sqrt(norm);
    });
  }

  get size(): number {
    return this.labels.length;
  }

  /** The `k` examples most like the question, most similar first. */
  nearest(terms: string[], k: number): Neighbour[] {
    const generation = ++this.generation;
    let touched = 0;
    let queryNorm = 0;
    const unique = [...new Set(terms)];
    for (const term of unique) {
      const weight = this.weightOf(term);
      queryNorm += weight * weight;
      const id = this.isHint(term) ? undefined : this.termIds.get(term);
      if (id === undefined) continue;
      for (let at = this.starts[id]!; at < this.starts[id + 1]!; at++) {
        const example = this.ids[at]!;
        if (this.marks[example] !== generation) {
          this.marks[example] = generation;
          this.dots[example] = 0;
          this.touched[touched++] = example;
        }
        this.dots[example]! += weight * this.weights[at]!;
      }
    }
    // Question words add only to examples a topic word already made candidates.
    for (const term of unique) {
      const id = this.isHint(term) ? this.termIds.get(term) : undefined;
      if (id === undefined) continue;
      const weight = this.weightOf(term);
      for (let at = this.starts[id]!; at < this.starts[id + 1]!; at++) {
        const example = this.ids[at]!;
        if (this.marks[example] === generation) this.dots[example]! += weight * this.weights[at]!;
      }
    }
    const best: Neighbour[] = [];
    queryNorm = Math.sqrt(queryNorm);
    for (let i = 0; i < touched; i++) {
      const example = this.touched[i]!;
      const similarity = this.dots[example]! / (this.norms[example]! * queryNorm);
      if (best.length === k && similarity <= best[k - 1]!.similarity) continue;
      let at = best.length;
      while (at > 0 && best[at - 1]!.similarity < similarity) at--;
      best.splice(at, 0, { id: example, label: this.labels[example]!, similarity });
      if (best.length > k) best.pop();
    }
    return best;
  }
}
