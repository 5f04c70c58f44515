import { stem } from '../matching/stem';
import { TermClassifier } from '../matching/term-classifier';
import { classifySafety } from './classify-safety';
import { CHECK_FIRST, CRISIS, EMERGENCY, HARMLESS, URGENT } from './labelled-messages';
import { SAFETY_LEVELS, type SafetyLevel } from './safety-level';
import { safetyText } from './safety-text';

/**
 * A second reader under the safety rules, learned from the labelled messages: every fresh
 * batch of messages written in a new voice had about one in ten red flags the rules did not
 * know how to read ("i dont feel it anymore when i need to go for a poo, it just happens").
 * Trained on those messages by level, and on the knowledge base's ordinary questions as
 * "none", it recognises a message like ones it has seen even in words no rule spells out.
 *
 * It only ever raises a level (see safety-check.ts), and only when it is sure: on six fresh
 * batches (ZC to ZH, 720 messages it never saw) the rules left 73 messages below their level;
 * with the net, 10.
 */
export class SafetyNet {
  private readonly classifier: TermClassifier;

  /** Training takes a few hundred milliseconds: the same questions get the same net, trained once per process. */
  static for(ordinary: readonly string[]): SafetyNet {
    const key = ordinary.join('\n');
    let net = trained.get(key);
    if (!net) trained.set(key, (net = new SafetyNet(ordinary)));
    return net;
  }

  /** `ordinary` are questions with no risk in them (the example questions): they teach it what "none" looks like. */
  constructor(ordinary: readonly string[]) {
    const examples = [
      ...labelled(EMERGENCY, 'emergency'),
      ...labelled(URGENT, 'urgent'),
      ...labelled(CRISIS, 'crisis'),
      ...labelled(CHECK_FIRST.map(([text]) => text), 'check-first'),
      ...labelled(HARMLESS, 'none'),
      // Thousands of them against a few hundred per level: each counts for less, or "none" would drown the rest.
      ...labelled(ordinary.filter((q) => classifySafety(q).level === 'none'), 'none', ORDINARY_VOTE),
    ];
    this.classifier = new TermClassifier(examples, [...SAFETY_LEVELS.keys()], TRAINING);
  }

  /** The level it is sure of (a risk level only, its most likely), or undefined. */
  levelOf(text: string): SafetyLevel | undefined {
    let best: SafetyLevel | undefined;
    let probability = 0;
    for (const [index, p] of this.classifier.predict(features(text))) {
      const level = SAFETY_LEVELS[index]!;
      if (p > probability) [best, probability] = [level, p];
    }
    if (!best || best === 'none') return undefined;
    return probability >= (best === 'emergency' || best === 'urgent' ? SURE_OF_RED_FLAG : SURE) ? best : undefined;
  }
}

const trained = new Map<string, SafetyNet>();

/**
 * How sure it must be. 0.7 caught as much as 0.5 on fresh batches with half the false alarms.
 * Telling someone to get emergency help over an ordinary question is a false alarm that costs
 * trust, so a red flag needs 0.8: over the 6,392 questions of the test sets, that raised 15
 * (4 to urgent or emergency, the rest to the check-first dialog), and the fresh safety batches
 * lost one catch.
 */
const SURE = 0.7;
const SURE_OF_RED_FLAG = 0.8;
const ORDINARY_VOTE = 0.3;
const TRAINING = { epochs: 10, rate: 0.4, l2: 1e-5 };

function labelled(texts: readonly string[], level: SafetyLevel, vote = 1) {
  const label = SAFETY_LEVELS.indexOf(level);
  return texts.map((text) => ({ terms: features(text), label, text, vote }));
}

/** Word stems and pairs of them: "both legs", "can't feel" and "not alive" say more than their words. */
function features(text: string): string[] {
  const words = (safetyText(text).toLowerCase().match(/[a-z0-9']+/g) ?? []).map((w) => stem(w.replace(/'/g, '')));
  const pairs = words.slice(1).map((w, i) => `${words[i]} ${w}`);
  return [...words, ...pairs];
}
