import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { projectRoot } from '../../project-root';
import { editDistance } from '../matching/edit-distance';
import { stem } from '../matching/stem';
import { STOPWORDS } from '../matching/stopwords';
import { COMMON_WORDS } from '../text/common-words';
import { MAX_SAFETY_CHARS, normaliseText } from '../text/normalise';
import { CONDITION_RULES, CRISIS_RULES, EMERGENCY_RULES, UNNAMED_CONDITION_RULES, URGENT_RULES } from './safety-rules';

/**
 * Prepares a message for the safety patterns: normalised, typos of the words the patterns
 * look for corrected ("pregant", "contorl", "myslef", "swleling"), split into clauses so a
 * negation in one ("I'm not pregnant") does not reach into another ("but my legs are numb").
 * A red flag typed in a hurry must still be a red flag.
 */
const TYPO_WORDS = readTypoWords(join(projectRoot(__dirname), 'knowledge', 'safety', 'typo-words.yml'));
const EXTRA_WORDS = [...TYPO_WORDS.targets, ...TYPO_WORDS.notTypos];
const RULE_WORDS = [...EMERGENCY_RULES, ...URGENT_RULES, ...CRISIS_RULES, ...CONDITION_RULES, ...UNNAMED_CONDITION_RULES].flatMap(
  (rule) => rule.pattern.source.replace(/\\[a-z]/gi, ' ').match(/[a-z]{4,}/g) ?? [],
);
/** Every word the rules spell out (and the common forms above): the words a typo must not hide. */
const TARGETS = [...new Set([...EXTRA_WORDS, ...RULE_WORDS])].filter((w) => w.length >= 5);
const KNOWN = new Set([...TARGETS, ...RULE_WORDS, ...STOPWORDS]);
/** A form of a known word ("drags") is corrected only within its family ("geting" -> "getting"), never to another word ("drugs"). */
const KNOWN_STEMS = new Set([...KNOWN].map(stem));
/** Targets by first letter, each with its stem worked out once. */
const byFirstLetter = new Map<string, { word: string; stem: string }[]>();
for (const word of TARGETS) {
  const list = byFirstLetter.get(word[0]!) ?? [];
  list.push({ word, stem: stem(word) });
  byFirstLetter.set(word[0]!, list);
}
const cache = new Map<string, string>();

/** Common words by first letter and length: a typo nearer one of them than any target is not a red flag. */
const commonByKey = new Map<string, string[]>();
for (const word of COMMON_WORDS) {
  const key = `${word[0]}${word.length}`;
  const list = commonByKey.get(key) ?? [];
  list.push(word);
  commonByKey.set(key, list);
}

/** Whether a common word lies closer to `word` than `distance` ("summery" is "summary", not "surgery"). */
function nearerCommonWord(word: string, distance: number): boolean {
  for (let len = word.length - distance + 1; len <= word.length + distance - 1; len++) {
    for (const common of commonByKey.get(`${word[0]}${len}`) ?? []) {
      if (editDistance(word, common, distance - 1) < distance) return true;
    }
  }
  return false;
}

/** The target that is `word` with two neighbouring letters swapped, if any. */
function swappedTarget(word: string): string | undefined {
  return byFirstLetter.get(word[0]!)?.find(({ word: target }) => {
    if (target.length !== word.length) return false;
    const diff = [...word].flatMap((c, i) => (c === target[i] ? [] : [i]));
    return diff.length === 2 && diff[1] === diff[0]! + 1 && word[diff[0]!] === target[diff[1]!] && word[diff[1]!] === target[diff[0]!];
  })?.word;
}

function correct(word: string): string {
  // Short words, common words and words already known stay: "ladder" is not a typo of "bladder",
  // "fewer" not of "fever". A common word that is a target with two letters swapped is the
  // exception: "bowles" is a surname, but here it is "bowels".
  if (word.length < 5 || KNOWN.has(word) || /[^a-z]/.test(word)) return word;
  if (COMMON_WORDS.has(word)) return swappedTarget(word) ?? word;
  const cached = cache.get(word);
  if (cached) return cached;
  // A missed red flag costs more than a needless caution: longer words get two edits. Real
  // words never get here, so this reach does not turn "fewer" into "fever".
  const max = word.length >= 6 ? 2 : 1;
  const wordStem = stem(word);
  const family = KNOWN_STEMS.has(wordStem) ? wordStem : undefined;
  let best = word;
  let bestDistance = max + 1;
  // Typos rarely change the first letter; requiring it keeps unrelated words apart.
  for (const target of byFirstLetter.get(word[0]!) ?? []) {
    if (family !== undefined && target.stem !== family) continue;
    // A word that a longer target begins with is another word, not a typo of it: "overdo" is
    // not "overdose" (held out, "I'd hate to overdo it" got the crisis reply).
    if (target.word.length - word.length >= 2 && target.word.startsWith(word)) continue;
    const d = editDistance(word, target.word, max);
    if (d < bestDistance) {
      best = target.word;
      bestDistance = d;
    }
  }
  if (best !== word && nearerCommonWord(word, bestDistance)) best = word;
  if (cache.size > 5000) cache.clear();
  cache.set(word, best);
  return best;
}

/** Emoji that say a word the rules look for; normalising drops emoji. */
const MEANINGFUL_EMOJI = /[\u{1F930}\u{1FAC3}\u{1FAC4}]/gu; // pregnant woman, man, person

/**
 * "Never ... before" says a symptom is new, not absent: "she's never been incontinent before"
 * (new incontinence, a red flag). Its "never" negates nothing.
 */
const NEW_ONSET = /\bnever\b(?=(\s+[\w']+){1,4}\s+before\b)/g;

/** Turns of phrase whose "not" negates nothing: "not gonna lie, I inject". */
const FALSE_NEGATIONS = /\b(not gonna lie|not going to lie|no lie|ngl|not being dramatic|not to be dramatic|not trying to be dramatic)\b/g;

/** Clinical shorthand in full ("mvc" -> "car crash", "24/40" -> "24 weeks pregnant"): knowledge/safety/abbreviations.yml. */
const ABBREVIATIONS = readAbbreviations(join(projectRoot(__dirname), 'knowledge', 'safety', 'abbreviations.yml'));

/** Any abbreviation at all: most messages have none, and then one test replaces the whole list's replacements. */
const ANY_ABBREVIATION = ABBREVIATIONS.length > 0 ? new RegExp(ABBREVIATIONS.map(([pattern]) => `(?:${pattern.source})`).join('|')) : undefined;

/** The data the safety text is made with (see RULES_DATA in classify-safety.ts). */
export const SAFETY_TEXT_DATA = JSON.stringify([TYPO_WORDS, ABBREVIATIONS.map(([p, full]) => [p.source, full])]);

export function safetyText(raw: string): string {
  const text = normaliseText(raw.replace(MEANINGFUL_EMOJI, ' pregnant '), MAX_SAFETY_CHARS);
  return (ANY_ABBREVIATION?.test(text) ? ABBREVIATIONS.reduce((t, [pattern, full]) => t.replace(pattern, full), text) : text)
    .replace(FALSE_NEGATIONS, ' ')
    .replace(NEW_ONSET, ' ')
    .replace(/[a-z]+/g, (w) => correct(w))
    .replace(/\b(can|don|didn|doesn|isn|aren|won|haven|hasn|couldn|wasn)'?t\b/g, (m) => m.replace("'", '').replace(/t$/, "'t"));
}

/** Clauses: split at sentence ends, semicolons and "but", where a negation stops applying. */
export function clauses(text: string): string[] {
  return text
    .split(/[.;!?\n]+|,|\bbut\b|\bhowever\b|\bthough\b|\balthough\b/)
    .map((c) => c.trim())
    .filter(Boolean);
}

const NEGATION =
  /\b(no|not|never|without|none|nor|neither|free of|negative for|ruled out|(do|does|did)(n't| not) (have|get|feel|experience|suffer from|think i have|take|use|need)|not on any|(have|has)(n't| not) (had|got|been)|am not|i'm not|isn't|aren't|wasn't)\b/;

/**
 * True when the match at `index` of `clause` has a negation in the few words before it, or
 * anywhere before it when `anywhere` (a safety net must not argue with "I don't have...").
 */
export function isNegated(clause: string, index: number, length = 0, anywhere = false): boolean {
  const before = clause.slice(0, index);
  if (anywhere && NEGATION.test(before)) return true;
  const near = before.split(/\s+/).filter(Boolean).slice(-5).join(' ');
  return (
    NEGATION.test(near) ||
    // "I don't have high blood pressure or any heart issues": the negation reaches along a list.
    (LIST_GOES_ON.test(before) && NEGATION.test(before)) ||
    NOT_THERE.test(clause.slice(index, index + length)) ||
    FINE_AFTER.test(clause.slice(index + length))
  );
}

const LIST_GOES_ON = /\b(or|nor) (any |an? )?$/;
/** "My pain isn't in both legs": the negation sits inside what was matched. */
const NOT_THERE = /\b(isn't|is not|aren't|are not|wasn't|was not) (in|on|affecting)\b/;

/** "kidneys and liver fine", "blood pressure is normal": the condition is named to say it is not there. */
const FINE_AFTER = /^\W*(and (my |her |his )?\w+ )?('s |s )?(are |is |were |was |all |both )*(fine|normal|normally|healthy|all clear)\b(?!\s*\?)/;

/** First-person words: "my legs are numb" is a symptom, "can sciatica affect both legs?" a question. */
export const FIRST_PERSON = /\b(i|i'm|im|i've|ive|i'd|me|my|mine|myself)\b/;

/** Each abbreviation as a whole-word pattern (keys may be regex fragments) and what it stands for. */
function readAbbreviations(file: string): [RegExp, string][] {
  const data = parse(readFileSync(file, 'utf8')) as { abbreviations?: Record<string, string> };
  return Object.entries(data.abbreviations ?? {}).map(([key, full]) => {
    try {
      return [new RegExp(`(?<![\\w/])${key}(?![\\w/])`, 'g'), full.replace(/\\(\d)/g, '$$$1')];
    } catch (error) {
      throw new Error(`${file}: "${key}" is not a valid pattern: ${(error as Error).message}`, { cause: error });
    }
  });
}

/** knowledge/safety/typo-words.yml: extra words to correct towards, and real words never corrected. */
function readTypoWords(file: string): { targets: string[]; notTypos: string[] } {
  const data = parse(readFileSync(file, 'utf8')) as { targets?: unknown; 'not-typos'?: unknown };
  const list = (value: unknown, key: string): string[] => {
    if (!Array.isArray(value) || !value.every((w) => typeof w === 'string' && /^[a-z]+$/.test(w))) {
      throw new Error(`${file}: "${key}" must be a list of lower-case words`);
    }
    return value;
  };
  return { targets: list(data.targets, 'targets'), notTypos: list(data['not-typos'], 'not-typos') };
}
