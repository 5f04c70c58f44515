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
  /** Transitions for ASCII characters, 128 per state, failure links already followed. */
  private readonly next: Int32Array;
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
      if (!strings || strings.some((s) => s === '' || /[^\x00-\x7f]/.test(s))) {
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
    // Breadth first: each state's failure link is the longest proper suffix that is also a state.
    const states = goto.length;
    this.next = new Int32Array(states * 128);
    const fail = new Int32Array(states);
    const queue: number[] = [];
    for (let code = 0; code < 128; code++) {
      const to = goto[0]!.get(code);
      if (to !== undefined) {
        this.next[code] = to;
        queue.push(to);
      }
    }
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head]!;
      for (const index of ends[fail[state]!]!) ends[state]!.add(index);
      for (let code = 0; code < 128; code++) {
        const to = goto[state]!.get(code);
        if (to === undefined) {
          this.next[state * 128 + code] = this.next[fail[state]! * 128 + code]!;
        } else {
          fail[to] = this.next[fail[state]! * 128 + code]!;
          this.next[state * 128 + code] = to;
          queue.push(to);
        }
      }
    }
    this.output = ends.map((s) => [...s]);
  }

  /** The rules that could fire on any of `texts` (the ones always run among them), in the order given. */
  candidates(...texts: string[]): Set<R> {
    const found = new Set<R>(this.always);
    const next = this.next;
    for (const text of texts) {
      let state = 0;
      for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        state = code < 128 ? next[state * 128 + code]! : 0;
        const out = this.output[state]!;
        for (let j = 0; j < out.length; j++) found.add(this.rules[out[j]!]!);
      }
    }
    return found;
  }
}
