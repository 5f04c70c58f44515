import type { Section } from '../knowledge/section';
import type { MatchResult } from './matcher';

/** Below this a match is a guess: the bot says it does not know rather than answer wrongly. */
export const ANSWER_THRESHOLD = 0.5;
/** When the runner-up is this close to the best, the bot asks which one was meant. */
export const AMBIGUITY_MARGIN = 0.04;
const MAX_CANDIDATES = 3;

export type Decision =
  | { kind: 'answer'; section: Section; score: number }
  | { kind: 'did-you-mean'; candidates: Section[]; score: number }
  | { kind: 'fallback'; uncoveredTopic?: string; score: number };

export function decide(result: MatchResult): Decision {
  const [best, ...rest] = result.ranked;
  const score = best?.score ?? 0;
  if (result.uncoveredTopic) return { kind: 'fallback', uncoveredTopic: result.uncoveredTopic, score };
  if (!best || best.score < ANSWER_THRESHOLD) return { kind: 'fallback', score };
  const close = rest.filter((r) => r.score >= ANSWER_THRESHOLD && best.score - r.score < AMBIGUITY_MARGIN);
  if (close.length === 0) return { kind: 'answer', section: best.section, score };
  return {
    kind: 'did-you-mean',
    candidates: [best, ...close].slice(0, MAX_CANDIDATES).map((r) => r.section),
    score,
  };
}
