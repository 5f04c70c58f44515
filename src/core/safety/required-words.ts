/**
 * What a regular expression cannot match without: a set of strings of which every match
 * contains at least one ("\bincontinen\w*" needs "incontinen"; "(wet|wetting) myself" needs
 * "wet myself" or "wetting myself"). Found by reading the expression's source, the way code
 * search engines pick the literals to look up before running a regex (Russ Cox, "Regular
 * Expression Matching with a Trigram Index", 2012). `undefined` when nothing is required, or
 * when the source uses something this reader does not follow: the rule is then always run.
 *
 * The safety rules are long alternations and most messages contain none of their words, so
 * looking for the words first (rule-prefilter.ts) skips most of the regex work.
 */
export function requiredStrings(source: string): string[] | undefined {
  try {
    const reader = new Reader(source);
    const info = reader.alternation();
    if (!reader.done()) return undefined;
    const strings = required(info);
    // "bladder problems" holds "bladder problem": a text with the longer has the shorter too.
    return strings?.filter((s) => !strings.some((t) => t !== s && s.includes(t)));
  } catch (error) {
    if (error instanceof Unsupported) return undefined;
    throw error;
  }
}

/** What is known of a part of an expression. */
interface Info {
  /** Every string it can match, when they are few and short; '' when it can match nothing (a \b). */
  exact?: string[];
  /** Strings of which each of its matches contains one; undefined: nothing is required. */
  need?: string[];
}

class Unsupported extends Error {}

/** Sets of exact strings stay small, so building them never costs more than reading the rule. */
const MAX_EXACT = 64;
const MAX_EXACT_LENGTH = 40;
/** A class of at most this many characters is read as its characters ("[ie]"), a bigger one as "any". */
const MAX_CLASS = 8;

const ANY: Info = {};
const EMPTY: Info = { exact: [''] };

function required(info: Info): string[] | undefined {
  return best(info.need, fromExact(info.exact));
}

function fromExact(exact: string[] | undefined): string[] | undefined {
  return exact && !exact.includes('') ? exact : undefined;
}

/**
 * The more useful of two requirements. Strings of six letters or more are rare enough in a
 * message for either to do; then fewer strings make a smaller automaton (the products of a
 * rule's alternatives run to hundreds). Else the one whose shortest string is longer.
 */
function best(a: string[] | undefined, b: string[] | undefined): string[] | undefined {
  if (!a) return b;
  if (!b) return a;
  const shortest = (s: string[]) => Math.min(...s.map((x) => x.length));
  const [sa, sb] = [shortest(a), shortest(b)];
  if (sa >= SELECTIVE && sb >= SELECTIVE) return a.length <= b.length ? a : b;
  return sa !== sb ? (sa > sb ? a : b) : a.length <= b.length ? a : b;
}

/** A required string this long is rare enough in a message to select a rule. */
const SELECTIVE = 6;

function product(a: string[], b: string[]): string[] | undefined {
  if (a.length * b.length > MAX_EXACT) return undefined;
  const out = new Set<string>();
  for (const x of a) for (const y of b) out.add(x + y);
  const list = [...out];
  return list.some((s) => s.length > MAX_EXACT_LENGTH) ? undefined : list;
}

function sequence(items: Info[]): Info {
  let need: string[] | undefined;
  let exact: string[] | undefined = [''];
  // A run of parts with exact strings is one requirement ("con" "trol" -> "control").
  let run: string[] | undefined = [''];
  for (const item of items) {
    need = best(need, required(item));
    if (item.exact && run) {
      const joined = product(run, item.exact);
      if (joined) {
        run = joined;
      } else {
        need = best(need, fromExact(run));
        run = item.exact;
      }
    } else {
      need = best(need, fromExact(run));
      run = item.exact ?? [''];
    }
    exact = exact && item.exact ? product(exact, item.exact) : undefined;
  }
  need = best(need, fromExact(run));
  return { ...(exact ? { exact } : {}), ...(need ? { need } : {}) };
}

function choice(alternatives: Info[]): Info {
  if (alternatives.length === 1) return alternatives[0]!;
  const exacts = alternatives.map((a) => a.exact);
  const exact = exacts.every(Boolean) ? [...new Set(exacts.flat() as string[])] : undefined;
  const needs = alternatives.map(required);
  const need = needs.every(Boolean) ? [...new Set(needs.flat() as string[])] : undefined;
  return { ...(exact && exact.length <= MAX_EXACT ? { exact } : {}), ...(need ? { need } : {}) };
}

function repeat(item: Info, min: number, max: number): Info {
  if (min === 0) return max === 1 && item.exact ? { exact: [...new Set([...item.exact, ''])] } : ANY;
  const need = required(item);
  let exact: string[] | undefined;
  if (min === max && item.exact) {
    exact = [''];
    for (let i = 0; i < min && exact; i++) exact = product(exact, item.exact);
  }
  return { ...(exact ? { exact } : {}), ...(need ? { need } : {}) };
}

/** A recursive-descent reader of JavaScript regex source (no flags: no u, no v, no i). */
class Reader {
  private at = 0;
  constructor(private readonly source: string) {}

  done(): boolean {
    return this.at >= this.source.length;
  }

  private peek(offset = 0): string | undefined {
    return this.source[this.at + offset];
  }

  alternation(): Info {
    const alternatives = [this.sequence()];
    while (this.peek() === '|') {
      this.at++;
      alternatives.push(this.sequence());
    }
    return choice(alternatives);
  }

  private sequence(): Info {
    const items: Info[] = [];
    while (!this.done() && this.peek() !== '|' && this.peek() !== ')') items.push(this.quantified(this.atom()));
    return sequence(items);
  }

  private quantified(item: Info): Info {
    const c = this.peek();
    let bounds: [number, number] | undefined;
    if (c === '*') bounds = [0, Infinity];
    else if (c === '+') bounds = [1, Infinity];
    else if (c === '?') bounds = [0, 1];
    if (bounds) {
      this.at++;
    } else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.source.slice(this.at));
      // Not a quantifier: then "{" is the character itself, read as an atom next.
      if (!m) return item;
      this.at += m[0].length;
      bounds = [Number(m[1]), m[2] === undefined ? Number(m[1]) : m[3] === '' ? Infinity : Number(m[3])];
    } else {
      return item;
    }
    if (this.peek() === '?') this.at++; // lazy: matches the same strings
    return this.quantified(repeat(item, bounds[0], bounds[1]));
  }

  private atom(): Info {
    const c = this.source[this.at++]!;
    switch (c) {
      case '.':
        return ANY;
      case '^':
      case '$':
        return EMPTY;
      case '(':
        return this.group();
      case '[':
        return this.characterClass();
      case '\\':
        return this.escape();
      case '*':
      case '+':
      case '?':
        throw new Unsupported(`nothing to repeat at ${this.at}`);
      default:
        return { exact: [c] };
    }
  }

  private group(): Info {
    let lookaround = false;
    if (this.peek() === '?') {
      const rest = this.source.slice(this.at, this.at + 3);
      if (rest.startsWith('?:')) this.at += 2;
      else if (rest.startsWith('?=') || rest.startsWith('?!')) [this.at, lookaround] = [this.at + 2, true];
      else if (rest === '?<=' || rest === '?<!') [this.at, lookaround] = [this.at + 3, true];
      else if (rest.startsWith('?<')) this.at = this.source.indexOf('>', this.at) + 1;
      else throw new Unsupported(`group at ${this.at}`);
    }
    const inner = this.alternation();
    if (this.source[this.at++] !== ')') throw new Unsupported('unclosed group');
    // A lookaround matches no characters of its own: the match needs nothing of it.
    return lookaround ? EMPTY : inner;
  }

  private escape(): Info {
    const c = this.source[this.at++];
    if (c === undefined) throw new Unsupported('trailing backslash');
    if (c === 'b' || c === 'B') return EMPTY;
    if ('dDwWsS'.includes(c)) return ANY;
    if (/[1-9k]/.test(c)) throw new Unsupported('backreference');
    const control: Record<string, string> = { n: '\n', r: '\r', t: '\t', f: '\f', v: '\v', '0': '\0' };
    if (control[c]) return { exact: [control[c]] };
    if (c === 'x' || c === 'u' || c === 'c' || c === 'p' || c === 'P') throw new Unsupported(`\\${c}`);
    return { exact: [c] };
  }

  private characterClass(): Info {
    if (this.peek() === '^') {
      this.skipClass();
      return ANY;
    }
    const chars = new Set<string>();
    let simple = true;
    while (this.peek() !== ']') {
      if (this.done()) throw new Unsupported('unclosed class');
      let c = this.source[this.at++]!;
      if (c === '\\') {
        const e = this.source[this.at++]!;
        if (!/[-\]\\.^$*+?()[\]{}|/]/.test(e)) simple = false;
        c = e;
      }
      if (this.peek() === '-' && this.peek(1) !== ']' && this.peek(1) !== undefined) {
        this.at++;
        let end = this.source[this.at++]!;
        if (end === '\\') {
          end = this.source[this.at++]!;
          if (!/[-\]\\.^$*+?()[\]{}|/]/.test(end)) simple = false;
        }
        for (let code = c.charCodeAt(0); code <= end.charCodeAt(0) && chars.size <= MAX_CLASS; code++) chars.add(String.fromCharCode(code));
        if (end.charCodeAt(0) - c.charCodeAt(0) >= MAX_CLASS) simple = false;
      } else {
        chars.add(c);
      }
    }
    this.at++;
    return simple && chars.size > 0 && chars.size <= MAX_CLASS ? { exact: [...chars] } : ANY;
  }

  private skipClass(): void {
    while (this.peek() !== ']') {
      if (this.done()) throw new Unsupported('unclosed class');
      if (this.source[this.at++] === '\\') this.at++;
    }
    this.at++;
  }
}
