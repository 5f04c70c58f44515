import { LruCache } from '../lru-cache';
import type { Message } from '../understanding/message';
import { AssertionContext } from './assertion-context';
import type { Condition, SafetyAssessment } from './safety-level';
import { CONDITION_RULES, CRISIS_RULES, EMERGENCY_RULES, UNNAMED_CONDITION_RULES, URGENT_RULES, type SafetyRule } from './safety-rules';
import { RulePrefilter } from './rule-prefilter';
import { clauses, FIRST_PERSON, isNegated, SAFETY_TEXT_DATA, safetyText } from './safety-text';

/**
 * A clause that asks about sciatica in general ("can sciatica affect both legs?"), not about
 * the asker. "can't walk" is not a question: the apostrophe ends the match.
 */
const GENERAL_QUESTION = /^(does|do|can|could|will|would|is|are|why|how|what|when|where|which|should|may|might|whether)\b(?!')/;

/**
 * "I was wondering whether…", "can you tell me if…": the "I" and "me" of a polite opening do
 * not make the question about the asker, so the opening becomes a plain "whether".
 */
const ASKING_PREAMBLE = /\b(i was wondering|i'm wondering|im wondering|i wonder|i'd like to know|id like to know|i want to know|i wanna know|(can|could) (you|u) tell me|do (you|u) know)\s+(if|whether)\b/g;

/**
 * Reads a message before any knowledge matching and says which safety level applies.
 * Precedence: emergency > urgent > crisis > check-first > none. A red flag anywhere in the
 * message wins, whatever else it asks ("my legs are numb, how do I use the massager?").
 */
export function classifySafety(raw: string | Pick<Message, 'safetyText'>): SafetyAssessment {
  const text = prepared(raw);
  const cached = recent.get(text);
  if (cached) return { ...cached, conditions: [...cached.conditions], signals: [...cached.signals] };
  const assessment = assess(text);
  recent.set(text, assessment);
  return { ...assessment, conditions: [...assessment.conditions], signals: [...assessment.signals] };
}

const CONTEXT = AssertionContext.fromFile();

/**
 * What the rules read besides their patterns (the assertion context, the safety text's typo
 * words and abbreviations): the learned net is trained on the rules' verdicts, so a saved net
 * trained before a change to any of it must not be read (its file name's fingerprint has it).
 */
export const RULES_DATA = `${CONTEXT.data} ${SAFETY_TEXT_DATA}`;

/** Whether one rule fires on a message, read as classifySafety reads it (the rule files' examples are tested with it). */
export function ruleFires(rule: SafetyRule, raw: string, condition?: string): boolean {
  const text = prepared(raw);
  const parts = clauses(text);
  if (!candidatesFor(text, parts).has(rule)) return false;
  return fires(rule, parts, FIRST_PERSON.test(text), condition ? appliesFor(text, condition, rule.id) : rule.experiencer ? ofMassaged(text) : undefined);
}

const ALL_RULES = [...EMERGENCY_RULES, ...URGENT_RULES, ...CRISIS_RULES, ...CONDITION_RULES, ...UNNAMED_CONDITION_RULES];
const PREFILTER = new RulePrefilter(ALL_RULES, (rule) => rule.pattern.source);
const ACROSS_CLAUSES = ALL_RULES.some((rule) => rule.acrossClauses);

/**
 * The rules whose required words the text has. A rule read across clauses reads them joined
 * by spaces, where a phrase can span the join ("numb, legs" as "numb legs"): that text is looked through too.
 */
function candidatesFor(text: string, parts: string[]): Set<SafetyRule> {
  return ACROSS_CLAUSES ? PREFILTER.candidates(text, parts.join(' ')) : PREFILTER.candidates(text);
}

function prepared(raw: string | Pick<Message, 'safetyText'>): string {
  return (typeof raw === 'string' ? safetyText(raw) : raw.safetyText).replace(ASKING_PREAMBLE, 'whether');
}

/** Recent assessments: the rules are pure, and people repeat themselves. */
const recent = new LruCache<string, SafetyAssessment>(2000);

function assess(text: string): SafetyAssessment {
  const parts = clauses(text);
  const personal = FIRST_PERSON.test(text);
  const candidates = candidatesFor(text, parts);
  const found = (rules: SafetyRule[]) =>
    rules.filter((rule) => candidates.has(rule) && fires(rule, parts, personal, rule.experiencer ? ofMassaged(text) : undefined)).map((r) => r.id);

  for (const [level, rules] of [
    ['emergency', EMERGENCY_RULES],
    ['urgent', URGENT_RULES],
    ['crisis', CRISIS_RULES],
  ] as const) {
    const signals = found(rules);
    if (signals.length > 0) return { level, conditions: [], signals };
  }
  // Every condition a rule's pattern finds is noted as its context is read, so one pass gives both
  // the conditions that apply and the ones named but not applying.
  const named = new Set<Condition>();
  const conditions = CONDITION_RULES.filter((rule) => {
    if (!candidates.has(rule)) return false;
    const applies = appliesFor(text, rule.condition, rule.id);
    return fires(rule, parts, personal, (clause, index, length, negated) => {
      named.add(rule.condition);
      return applies(clause, index, length, negated);
    });
  }).map((r) => r.condition);
  if (conditions.length > 0) return { level: 'check-first', conditions: unique(conditions), signals: [] };
  if (found(UNNAMED_CONDITION_RULES).length > 0) return { level: 'check-first', conditions: [], signals: [] };
  // Conditions named but not applying (negated, resolved, long past, normal, someone else's):
  // what the learned net, which reads words and not their context, cannot know.
  return { level: 'none', conditions: [], signals: [], ...(named.size > 0 ? { notApplying: [...named] } : {}) };
}

/**
 * A condition must apply now to the person to be massaged (assertion-context.ts). The clause
 * is found in the whole text again because ConText's scope can cross the clause.
 */
function appliesFor(text: string, condition: string, ruleId: string): Applies {
  return inText(text, (start, end, negated) => CONTEXT.applies(text, start, end, condition, negated, ruleId));
}

/** A match in a clause, read where it is in the whole text. */
function inText(text: string, read: (start: number, end: number, negated: boolean) => boolean): Applies {
  return (clause, index, length, negated) => {
    const at = text.indexOf(clause) + index;
    return read(at, at + length, negated);
  };
}

/** A red flag that is a history counts when it is not negated and is the massaged person's. */
function ofMassaged(text: string): Applies {
  return inText(text, (start, end, negated) => !negated && CONTEXT.isOfMassaged(text, start, end));
}

/** Whether a match counts, given whether the rules' own negation reads it as negated. */
type Applies = (clause: string, index: number, length: number, negated: boolean) => boolean;

function fires(rule: SafetyRule, parts: string[], personal: boolean, applies?: Applies): boolean {
  return (rule.acrossClauses ? [parts.join(' ')] : parts).some((clause) => {
    if (rule.personal && !personal && GENERAL_QUESTION.test(clause)) return false;
    for (const match of clause.matchAll(globalPattern(rule))) {
      const [index, length] = [match.index ?? 0, match[0].length];
      const negated = isNegated(clause, index, length, rule.net);
      if (applies ? applies(clause, index, length, negated) : !negated) return true;
    }
    return false;
  });
}

const GLOBAL_PATTERNS = new WeakMap<SafetyRule, RegExp>();

/** Each rule's pattern with the 'g' flag (matchAll needs it), compiled once. */
function globalPattern(rule: SafetyRule): RegExp {
  let pattern = GLOBAL_PATTERNS.get(rule);
  if (!pattern) GLOBAL_PATTERNS.set(rule, (pattern = new RegExp(rule.pattern.source, 'g')));
  return pattern;
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}
