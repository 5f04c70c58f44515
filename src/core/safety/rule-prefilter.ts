import { requiredStrings } from './required-words';

/**
 * Which rules could fire on a text, found in one pass over it: each rule's required strings
 * (required-words.ts) go into one Aho-Corasick automaton, and a rule none of whose strings
 * occurs in the text is not run. A rule with no required strings is always a candidate. This
 * only ever skips a regex that could not have matched, so it changes no assessment; it is
 * what makes reading 40 long rules cost a few microseconds on an ordinary question.
 */
export class RulePrefilter<R> {
  /** Rules that are run whatever the text. */
  private readonly always: R[] = [];
  /**
   * Transitions, one row per state and one column per character the strings use (any other
   * character leads back to the start), failure links already followed.
   */
  private readonly next: Uint16Array | Int32Array;
  /** Each ASCII character's column, 0 for one no string has. */
  private readonly column = new Uint8Array(128);
  private readonly columns: number;
  /** For each state, the rules one of whose strings ends there (its own, and those of its failure chain). */
  private readonly output: (readonly number[])[];
  private readonly rules: R[];

  constructor(rules: readonly R[], sourceOf: (rule: R) => string) {
    this.rules = [...rules];
    const goto: Map<number, number>[] = [new Map()];
    const ends: Set<number>[] = [new Set()];
    this.rules.forEach((rule, index) => {
      const strings = requiredStrings(sourceOf(rule));
      // Outside ASCII the table has no column: such a rule is simply always run.
      if (!strings || strings.some((s) => s === '' || /[^ -~]/.test(s))) {
        this.always.push(rule);
        return;
      }
      for (const s of strings) {
        let state = 0;
        for (let i = 0; i < s.length; i++) {
          const code = s.charCodeAt(i);
          let to = goto[state]!.get(code);
          if (to === undefined) {
            to = goto.push(new Map()) - 1;
            ends.push(new Set());
            goto[state]!.set(code, to);
          }
          state = to;
        }
        ends[state]!.add(index);
      }
    });
    const used = [...new Set(goto.flatMap((g) => [...g.keys()]))].sort((a, b) => a - b);
    used.forEach((code, i) => (this.column[code] = i + 1));
    const columns = (this.columns = used.length + 1);
    // Breadth first: each state's failure link is the longest proper suffix that is also a state.
    const states = goto.length;
    this.next = states < 65_536 ? new Uint16Array(states * columns) : new Int32Array(states * columns);
    const fail = new Int32Array(states);
    const queue: number[] = [];
    for (const code of used) {
      const to = goto[0]!.get(code);
      if (to !== undefined) {
        this.next[this.column[code]!] = to;
        queue.push(to);
      }
    }
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head]!;
      for (const index of ends[fail[state]!]!) ends[state]!.add(index);
      for (const code of used) {
        const c = this.column[code]!;
        const to = goto[state]!.get(code);
        if (to === undefined) {
          this.next[state * columns + c] = this.next[fail[state]! * columns + c]!;
        } else {
          fail[to] = this.next[fail[state]! * columns + c]!;
          this.next[state * columns + c] = to;
          queue.push(to);
        }
      }
    }
    this.output = ends.map((s) => [...s]);
  }

  /** The rules that could fire on any of `texts`, the ones always run among them. */
  candidates(...texts: string[]): Set<R> {
    const found = new Set<R>(this.always);
    const { next, column, columns } = this;
    for (const text of texts) {
      let state = 0;
      for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        state = code < 128 ? next[state * columns + column[code]!]! : 0;
        const out = this.output[state]!;
        for (let j = 0; j < out.length; j++) found.add(this.rules[out[j]!]!);
      }
    }
    return found;
  }
}
