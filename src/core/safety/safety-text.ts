import { editDistance } from '../matching/edit-distance';
import { normaliseText } from '../text/normalise';

/**
 * Prepares a message for the safety patterns: normalised, common typos of the words the
 * patterns look for corrected ("pregant", "bladdar", "hypertention"), split into clauses so
 * a negation in one ("I'm not pregnant") does not reach into another ("but my legs are numb").
 */
const SAFETY_WORDS = [
  'pregnant', 'pregnancy', 'bladder', 'bowels', 'numbness', 'hypertension', 'hypertensive', 'pressure',
  'kidney', 'kidneys', 'hepatitis', 'cirrhosis', 'infection', 'infected', 'injury', 'injured', 'surgery',
  'suicide', 'suicidal', 'temperature', 'incontinence', 'incontinent', 'urinate', 'weakness', 'genitals',
  'thrombosis', 'warfarin', 'osteoporosis', 'fracture', 'fractured', 'pacemaker', 'diabetes', 'diabetic',
  'varicose', 'cancer', 'tumour', 'tumor', 'chemotherapy', 'anticoagulants', 'blood', 'thinners',
  'trimester', 'expecting', 'accident', 'emergency', 'dialysis', 'paralysed', 'paralyzed', 'weight',
];
const TARGETS = SAFETY_WORDS.map((w) => ({ word: w, max: w.length >= 9 ? 2 : 1 }));
const cache = new Map<string, string>();

function correct(word: string): string {
  if (word.length < 6 || /[^a-z]/.test(word)) return word;
  const cached = cache.get(word);
  if (cached) return cached;
  let best = word;
  let bestDistance = 3;
  for (const { word: target, max } of TARGETS) {
    if (target[0] !== word[0] || target === word) {
      if (target === word) return word;
      continue;
    }
    const d = editDistance(word, target, max);
    if (d <= max && d < bestDistance) {
      best = target;
      bestDistance = d;
    }
  }
  if (cache.size > 2000) cache.clear();
  cache.set(word, best);
  return best;
}

export function safetyText(raw: string): string {
  return normaliseText(raw)
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
  /\b(no|not|never|without|none|nor|neither|free of|negative for|ruled out|(do|does|did)(n't| not) (have|get|feel|experience|suffer from|think i have)|(have|has)(n't| not) (had|got|been)|am not|i'm not|isn't|aren't|wasn't)\b/;

/** True when the match at `index` of `clause` has a negation in the few words before it. */
export function isNegated(clause: string, index: number): boolean {
  const before = clause.slice(0, index).split(/\s+/).filter(Boolean).slice(-5).join(' ');
  return NEGATION.test(before);
}

/** First-person words: "my legs are numb" is a symptom, "can sciatica affect both legs?" a question. */
export const FIRST_PERSON = /\b(i|i'm|im|i've|ive|i'd|me|my|mine|myself)\b/;
