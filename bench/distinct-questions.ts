/**
 * A stream of distinct, plausible questions for the benchmark: templates x people x topics x
 * openings and closings from bench/distinct-questions.yml, each with up to two seeded typos.
 * Real traffic is mostly questions never asked before; a benchmark that repeats ten questions
 * measures the bot's caches. The same seed gives the same stream, so runs compare.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';

interface Parts {
  templates: string[];
  people: string[];
  things: string[];
  parts: string[];
  openings: string[];
  closings: string[];
}

const PARTS = parse(readFileSync(resolve(__dirname, 'distinct-questions.yml'), 'utf8')) as Parts;

/** mulberry32: small, fast and seeded; the stream must be the same on every machine. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const KEYBOARD_NEIGHBOURS: Record<string, string> = {
  a: 'qsz', b: 'vn', c: 'xv', d: 'sf', e: 'wr', f: 'dg', g: 'fh', h: 'gj', i: 'uo', j: 'hk', k: 'jl', l: 'k', m: 'n',
  n: 'bm', o: 'ip', p: 'o', q: 'w', r: 'et', s: 'ad', t: 'ry', u: 'yi', v: 'cb', w: 'qe', x: 'zc', y: 'tu', z: 'x',
};

/** One typo of the kind people make on a phone: a letter dropped, doubled, swapped or its neighbour hit. */
function typo(word: string, random: () => number): string {
  const at = 1 + Math.floor(random() * (word.length - 2));
  switch (Math.floor(random() * 4)) {
    case 0:
      return word.slice(0, at) + word.slice(at + 1);
    case 1:
      return word.slice(0, at) + word[at] + word.slice(at);
    case 2:
      return word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2);
    default: {
      const near = KEYBOARD_NEIGHBOURS[word[at]!] ?? word[at]!;
      return word.slice(0, at) + near[Math.floor(random() * near.length)] + word.slice(at + 1);
    }
  }
}

const pick = <T>(list: readonly T[], random: () => number): T => list[Math.floor(random() * list.length)]!;

/** One question: a template filled in, an opening and a closing, then none, one or two typos. */
function question(random: () => number): string {
  const [who, whom = who] = pick(PARTS.people, random).split('|') as [string, string?];
  const body = pick(PARTS.templates, random)
    .replaceAll('{whom}', whom!)
    .replaceAll('{who}', who)
    .replaceAll('{what}', () => pick(PARTS.things, random))
    .replaceAll('{part}', () => pick(PARTS.parts, random));
  let text = `${pick(PARTS.openings, random)}${body}${pick(PARTS.closings, random)}`;
  const typos = Math.floor(random() * 3);
  for (let n = 0; n < typos; n++) {
    const words = text.split(' ');
    const long = words.map((w, i) => [w, i] as const).filter(([w]) => /^[a-z]{4,}$/.test(w));
    if (long.length === 0) break;
    const [w, i] = pick(long, random);
    words[i] = typo(w, random);
    text = words.join(' ');
  }
  return text;
}

/**
 * `count` questions, no two alike under any of `keys` (the texts the bot's caches are keyed
 * by: pass the normalised and the safety text) and none of them in `avoid` (the repeated
 * questions, which the caches will have seen). Throws when the parts cannot make that many.
 */
export function distinctQuestions(count: number, { seed = 17, keys = [(q: string) => q], avoid = [] as readonly string[] } = {}): string[] {
  const random = seededRandom(seed);
  const seen = keys.map((key) => new Set(avoid.map(key)));
  const out: string[] = [];
  for (let tries = 0; out.length < count; tries++) {
    if (tries > count * 20) throw new Error(`Only ${out.length} distinct questions from the parts in bench/distinct-questions.yml; add more.`);
    const q = question(random);
    const ks = keys.map((key) => key(q));
    if (ks.some((k, i) => seen[i]!.has(k))) continue;
    ks.forEach((k, i) => seen[i]!.add(k));
    out.push(q);
  }
  return out;
}
