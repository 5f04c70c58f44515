import type { Section } from '../knowledge/section';
import type { MatchResult } from './matcher';
import { TUNING } from './tuning';

const MAX_CANDIDATES = 3;

export type Decision =
  | { kind: 'answer'; section: Section; score: number }
  | { kind: 'did-you-mean'; candidates: Section[]; score: number }
  | { kind: 'fallback'; uncoveredTopic?: string; score: number };

export function decide(result: MatchResult): Decision {
  const [best, ...rest] = result.ranked;
  const score = best?.score ?? 0;
  // An out-of-scope word inside a question that closely matches answered ones is incidental:
  // "do i hold the massager in my hand" is not about hand pain.
  const { score: strong, notCoveredBelow } = TUNING.strongMatchOverrulesTopic;
  const incidental = score >= strong && result.notCovered < notCoveredBelow;
  if (result.uncoveredTopic && !incidental) return { kind: 'fallback', uncoveredTopic: result.uncoveredTopic, score };
  // Most of the questions it most resembles are ones the knowledge base does not cover.
  if (result.notCovered > TUNING.examples.notCoveredShare) return { kind: 'fallback', score };
  const threshold = (result.byTextAlone ? TUNING.textOnly : TUNING).answerThreshold;
  if (!best) return { kind: 'fallback', score };
  if (best.score < threshold) {
    // The examples' vote can split between two sections so neither reaches the bar alone,
    // though together they clearly do: asking which was meant beats "I don't know".
    const split = result.byTextAlone ? [] : rest.filter((r) => r.score >= TUNING.splitVoteFloor);
    if (split.length > 0 && best.score + split[0]!.score >= threshold) {
      return { kind: 'did-you-mean', candidates: [best, ...split].slice(0, MAX_CANDIDATES).map((r) => r.section), score };
    }
    return { kind: 'fallback', score };
  }
  const close = rest.filter((r) => r.score >= threshold && best.score - r.score < TUNING.ambiguityMargin);
  if (close.length === 0) return { kind: 'answer', section: best.section, score };
  return {
    kind: 'did-you-mean',
    candidates: [best, ...close].slice(0, MAX_CANDIDATES).map((r) => r.section),
    score,
  };
}
