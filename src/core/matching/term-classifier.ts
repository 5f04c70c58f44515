import type { LabelledTerms } from './example-index';

/**
 * A softmax regression over the example questions' terms, trained at start-up: it learns how
 * much each word says about which section answers a question. The nearest examples weigh a
 * word by its rarity, so an incidental rare word ("picture" in "just want the general
 * picture") can outvote the word that names the topic ("risky", in hundreds of examples);
 * the classifier weighs each word by what it has predicted across all of them.
 */
export class TermClassifier {
  private readonly termIds = new Map<string, number>();
  /** One row of weights per term, one column per class; the last row is the bias. */
  private readonly weights: Float32Array;
  private readonly classes: number;
  private readonly scratch: Float64Array;

  /**
   * `labels` are the classes in output order (section indexes, and the not-covered label).
   * Training is deterministic: the same examples give the same weights on every start.
   */
  constructor(
    examples: LabelledTerms[],
    readonly labels: number[],
    { epochs, rate, l2 }: { epochs: number; rate: number; l2: number },
  ) {
    this.classes = labels.length;
    const classOf = new Map(labels.map((label, i) => [label, i]));
    const rows = examples.map((e) => [...new Set(e.terms)].map((t) => this.termIds.get(t) ?? this.termIds.set(t, this.termIds.size).get(t)!));
    const bias = this.termIds.size;
    this.weights = new Float32Array((bias + 1) * this.classes);
    // Adagrad: each weight's step shrinks with its own history, so rare words still learn.
    const history = new Float32Array(this.weights.length).fill(1e-8);
    this.scratch = new Float64Array(this.classes);
    const p = this.scratch;
    for (let epoch = 0; epoch < epochs; epoch++) {
      for (let e = 0; e < examples.length; e++) {
        const target = classOf.get(examples[e]!.label);
        if (target === undefined) continue;
        const features = rows[e]!;
        this.probabilitiesOf(features, p);
        // An owner's alternate question counts as many times as its vote.
        const weight = examples[e]!.vote ?? 1;
        const step = (row: number) => {
          for (let c = 0; c < this.classes; c++) {
            const at = row * this.classes + c;
            const gradient = weight * (p[c]! - (c === target ? 1 : 0)) + l2 * this.weights[at]!;
            history[at]! += gradient * gradient;
            this.weights[at]! -= (rate * gradient) / Math.sqrt(history[at]!);
          }
        };
        features.forEach(step);
        step(bias);
      }
    }
  }

  /** The probability of each label; words it never saw say nothing. */
  predict(terms: string[]): Map<number, number> {
    const features: number[] = [];
    for (const term of new Set(terms)) {
      const id = this.termIds.get(term);
      if (id !== undefined) features.push(id);
    }
    const p = this.probabilitiesOf(features, this.scratch);
    return new Map(this.labels.map((label, c) => [label, p[c]!]));
  }

  private probabilitiesOf(features: number[], out: Float64Array): Float64Array {
    const bias = this.termIds.size;
    let max = -Infinity;
    for (let c = 0; c < this.classes; c++) {
      let sum = this.weights[bias * this.classes + c]!;
      for (const row of features) sum += this.weights[row * this.classes + c]!;
      out[c] = sum;
      if (sum > max) max = sum;
    }
    let total = 0;
    for (let c = 0; c < this.classes; c++) total += out[c] = Math.exp(out[c]! - max);
    for (let c = 0; c < this.classes; c++) out[c]! /= total;
    return out;
  }
}
