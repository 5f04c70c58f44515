import type { LabelledTerms } from './example-index';

export interface TrainingOptions {
  /** Passes over the examples. */
  epochs: number;
  /** Adagrad step size. */
  rate: number;
  /** L2 penalty on the weights. */
  l2: number;
}

/** An example as training keeps it: term ids, class and weight. */
interface Row {
  /** A plain array: thousands of small typed arrays each cost a separate allocation outside the heap. */
  ids: number[];
  target: number;
  weight: number;
}

/**
 * A softmax regression over the example questions' terms, trained at start-up: it learns how
 * much each word says about which section answers a question. The nearest examples weigh a
 * word by its rarity, so an incidental rare word ("picture" in "just want the general
 * picture") can outvote the word that names the topic ("risky", in hundreds of examples);
 * the classifier weighs each word by what it has predicted across all of them.
 */
export class TermClassifier {
  private readonly classes: number;
  private readonly scratch: Float64Array;

  /**
   * Trains one. `labels` are the classes in output order (section indexes, and the
   * not-covered label). `examples` are read once, as they come: each one's terms can be thrown
   * away straight after, so a generator keeps start-up memory down. Training is deterministic:
   * the same examples give the same weights on every start.
   */
  static train(examples: Iterable<LabelledTerms>, labels: number[], { epochs, rate, l2 }: TrainingOptions): TermClassifier {
    const termIds = new Map<string, number>();
    const rows = readRows(examples, labels, termIds);
    const classes = labels.length;
    const bias = termIds.size;
    const classifier = new TermClassifier(labels, termIds, new Float32Array((bias + 1) * classes));
    const weights = classifier.weights;
    // Adagrad: each weight's step shrinks with its own history, so rare words still learn.
    const history = new Float32Array(weights.length).fill(1e-8);
    const p = classifier.scratch;
    for (let epoch = 0; epoch < epochs; epoch++) {
      for (const { ids, target, weight } of rows) {
        classifier.probabilitiesOf(ids, p);
        // Each of the example's terms, then the bias.
        for (let i = 0; i <= ids.length; i++) {
          const row = i < ids.length ? ids[i]! : bias;
          for (let c = 0; c < classes; c++) {
            const at = row * classes + c;
            const gradient = weight * (p[c]! - (c === target ? 1 : 0)) + l2 * weights[at]!;
            history[at]! += gradient * gradient;
            weights[at]! -= (rate * gradient) / Math.sqrt(history[at]!);
          }
        }
      }
    }
    return classifier;
  }

  /** A trained one from its parts (see `terms` and `weights`): terms in id order, one row of weights per term then the bias. */
  static restore(labels: number[], terms: readonly string[], weights: Float32Array): TermClassifier {
    if (weights.length !== (terms.length + 1) * labels.length) throw new Error('The weights do not fit the terms and labels.');
    const termIds = new Map<string, number>();
    terms.forEach((term, id) => termIds.set(term, id));
    return new TermClassifier(labels, termIds, weights);
  }

  private constructor(
    readonly labels: number[],
    private readonly termIds: Map<string, number>,
    /** One row of weights per term, one column per class; the last row is the bias. */
    readonly weights: Float32Array,
  ) {
    this.classes = labels.length;
    this.scratch = new Float64Array(this.classes);
  }

  /** The terms it knows, in id order (the order of the weights' rows). */
  get terms(): string[] {
    return [...this.termIds.keys()];
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

  private probabilitiesOf(features: ArrayLike<number>, out: Float64Array): Float64Array {
    const bias = this.termIds.size;
    let max = -Infinity;
    for (let c = 0; c < this.classes; c++) {
      let sum = this.weights[bias * this.classes + c]!;
      for (let i = 0; i < features.length; i++) sum += this.weights[features[i]! * this.classes + c]!;
      out[c] = sum;
      if (sum > max) max = sum;
    }
    let total = 0;
    for (let c = 0; c < this.classes; c++) total += out[c] = Math.exp(out[c]! - max);
    for (let c = 0; c < this.classes; c++) out[c]! /= total;
    return out;
  }
}

/** Examples as term ids; fills `termIds`. */
function readRows(examples: Iterable<LabelledTerms>, labels: number[], termIds: Map<string, number>): Row[] {
  const classOf = new Map(labels.map((label, i) => [label, i]));
  const rows: Row[] = [];
  for (const example of examples) {
    const target = classOf.get(example.label);
    if (target === undefined) continue;
    const ids: number[] = [];
    for (const term of new Set(example.terms)) {
      let id = termIds.get(term);
      if (id === undefined) termIds.set(term, (id = termIds.size));
      ids.push(id);
    }
    // An owner's alternate question counts as many times as its vote.
    rows.push({ ids, target, weight: example.vote ?? 1 });
  }
  return rows;
}
