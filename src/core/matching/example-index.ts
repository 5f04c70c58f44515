/** A labelled example as the index keeps it: its terms, and the section it belongs to (-1: not covered). */
export interface LabelledTerms {
  terms: string[];
  label: number;
  /** The question as written, for explaining a match. */
  text: string;
  /** How much its vote counts (a content owner's alternate question counts more than an example). */
  vote?: number;
}

export interface Neighbour {
  /** Position of the example in the list the index was built from. */
  id: number;
  label: number;
  /** Cosine similarity of rarity-weighted terms, 0..1. */
  similarity: number;
  vote: number;
}

/** The label of examples the knowledge base does not cover. */
export const NOT_COVERED = -1;

/**
 * Example questions by their terms, for finding the ones most like a new question: cosine
 * similarity of terms weighted by their rarity among the examples. Only the examples that
 * share a word with the question are scored, found through an inverted index.
 */
export class ExampleIndex {
  /**
   * Postings in one flat typed array of example ids, each term's run from `starts[termId]` to
   * `starts[termId + 1]`: a few large arrays instead of thousands of small ones keeps
   * start-up memory down.
   */
  private readonly termIds = new Map<string, number>();
  private readonly starts: Int32Array;
  private readonly ids: Int32Array;
  private readonly idf: Float32Array;
  private readonly unknownWeight: number;
  private readonly labels: Int32Array;
  private readonly votes: Float32Array;
  /** Each example's term ids, from `termStarts[example]` to `termStarts[example + 1]`. */
  private readonly termStarts: Int32Array;
  private readonly exampleTerms: Int32Array;
  /** A term in more examples than this (a third) finds no candidates alone ("massage", "sciatica"). */
  private readonly commonPostings: number;
  private readonly norms: Float64Array;
  /** Per-search scratch space, one slot per example. */
  private readonly marks: Uint32Array;
  private readonly touched: Int32Array;
  /** Per search, each candidate's dot product over the terms that found it. */
  private readonly partial: Float64Array;
  private generation = 0;
  private readonly hintIds = new Set<number>();
  /** Per-search marks of the question's terms, one slot per term. */
  private readonly asked: Uint32Array;

  /**
   * `isHint(term)` marks words that only refine a match ("who", "why"): they add to the
   * similarity of an example that shares a topic word, but never make an example a neighbour
   * alone ("who painted the Mona Lisa?" is not like "who shouldn't have massage?").
   */
  constructor(
    examples: LabelledTerms[],
    isHint: (term: string) => boolean = () => false,
    unknownShare = 1,
  ) {
    const n = examples.length;
    this.labels = new Int32Array(n);
    this.votes = new Float32Array(examples.map((e) => e.vote ?? 1));
    this.norms = new Float64Array(n);
    this.marks = new Uint32Array(n);
    this.touched = new Int32Array(n);
    this.partial = new Float64Array(n);
    const counts: number[] = [];
    const unique = examples.map(({ terms }) => [...new Set(terms)]);
    for (const terms of unique) {
      for (const term of terms) {
        let id = this.termIds.get(term);
        if (id === undefined) this.termIds.set(term, (id = counts.push(0) - 1));
        counts[id]! += 1;
      }
    }
    // A word weighs by how rare it is among the examples ("massage" is in most of them, "plus"
    // in few). A word no example has is what off-topic questions are made of, but also of
    // slang and typos ("4" for "for"): it weighs a share of the rarest word's weight.
    this.idf = new Float32Array(counts.length);
    counts.forEach((count, id) => (this.idf[id] = Math.log(1 + n / (count + 1))));
    this.unknownWeight = unknownShare * Math.log(1 + n);
    for (const [term, id] of this.termIds) if (isHint(term)) this.hintIds.add(id);
    this.commonPostings = Math.max(50, n / 3);
    this.termStarts = new Int32Array(n + 1);
    unique.forEach((terms, example) => (this.termStarts[example + 1] = this.termStarts[example]! + terms.length));
    this.exampleTerms = new Int32Array(this.termStarts[n]!);
    unique.forEach((terms, example) => terms.forEach((term, i) => (this.exampleTerms[this.termStarts[example]! + i] = this.termIds.get(term)!)));
    this.asked = new Uint32Array(counts.length);
    this.starts = new Int32Array(counts.length + 1);
    counts.forEach((count, id) => (this.starts[id + 1] = this.starts[id]! + count));
    this.ids = new Int32Array(this.starts[counts.length]!);
    const filled = this.starts.slice(0, counts.length);
    unique.forEach((terms, example) => {
      this.labels[example] = examples[example]!.label;
      let norm = 0;
      for (const term of terms) {
        const weight = this.weightOf(term);
        norm += weight * weight;
        const at = filled[this.termIds.get(term)!]!++;
        this.ids[at] = example;
      }
      this.norms[example] = Math.sqrt(norm);
    });
  }

  private isHintId(id: number): boolean {
    return this.hintIds.has(id);
  }

  private weightOf(term: string): number {
    const id = this.termIds.get(term);
    return id === undefined ? this.unknownWeight : this.idf[id]!;
  }

  /**
   * The `k` examples most like the question, most similar first. Candidates come from the
   * question's rarer words; the common ones ("massage" is in thousands of examples) are added
   * to each candidate from its own short list of terms, so a question costs what its rare
   * words cost. Question words only add to candidates.
   */
  nearest(terms: string[], k: number): Neighbour[] {
    const generation = ++this.generation;
    let touched = 0;
    let queryNorm = 0;
    const known: number[] = [];
    for (const term of new Set(terms)) {
      const weight = this.weightOf(term);
      queryNorm += weight * weight;
      const id = this.termIds.get(term);
      if (id !== undefined) {
        known.push(id);
        this.asked[id] = generation;
      }
    }
    const postings = (id: number) => this.starts[id + 1]! - this.starts[id]!;
    const finders = known.filter((id) => !this.isHintId(id) && postings(id) <= this.commonPostings);
    const candidatesFrom = finders.length > 0 ? finders : known.filter((id) => !this.isHintId(id));
    // What the terms that found no candidates can add to any candidate's dot product, at most.
    let rest = 0;
    for (const id of known) if (!candidatesFrom.includes(id)) rest += this.idf[id]! * this.idf[id]!;
    for (const id of candidatesFrom) {
      const square = this.idf[id]! * this.idf[id]!;
      for (let at = this.starts[id]!; at < this.starts[id + 1]!; at++) {
        const example = this.ids[at]!;
        if (this.marks[example] !== generation) {
          this.marks[example] = generation;
          this.partial[example] = 0;
          this.touched[touched++] = example;
        }
        this.partial[example]! += square;
      }
    }
    // Every shared term, rare or common, adds its weight squared (the question and the example
    // weigh a term alike). A candidate that could not beat the k-th best even if it had every
    // other term of the question is not scored: a common word among the finders ("back")
    // brings in a thousand examples, few of which come near. (The margin covers rounding: a
    // candidate is skipped only when it could not even tie, so the result is the same.)
    const best: Neighbour[] = [];
    const queryNormRoot = Math.sqrt(queryNorm);
    for (let i = 0; i < touched; i++) {
      const example = this.touched[i]!;
      if (best.length === k && ((this.partial[example]! + rest) / (this.norms[example]! * queryNormRoot)) * (1 + 1e-9) <= best[k - 1]!.similarity) continue;
      let dot = 0;
      for (let at = this.termStarts[example]!; at < this.termStarts[example + 1]!; at++) {
        const id = this.exampleTerms[at]!;
        if (this.asked[id] === generation) dot += this.idf[id]! * this.idf[id]!;
      }
      const similarity = dot / (this.norms[example]! * Math.sqrt(queryNorm));
      if (best.length === k && similarity <= best[k - 1]!.similarity) continue;
      let at = best.length;
      while (at > 0 && best[at - 1]!.similarity < similarity) at--;
      best.splice(at, 0, { id: example, label: this.labels[example]!, similarity, vote: this.votes[example]! });
      if (best.length > k) best.pop();
    }
    return best;
  }
}
