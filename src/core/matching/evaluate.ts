import { decide, type Decision } from './decide';
import type { Matcher } from './matcher';

export interface Miss {
  question: string;
  expected: string;
  got: string;
  score: number;
}

export interface Evaluation {
  inScope: number;
  /** In-scope questions whose first answer (or first "did you mean" choice) is the right section. */
  top1Correct: number;
  offTopic: number;
  /** Off-topic questions that fell back, and in-scope ones that fell back by mistake. */
  offTopicFallbacks: number;
  inScopeFallbacks: number;
  misses: Miss[];
}

const FALLBACK = '(fallback)';

/** The heading a decision puts first, or "(fallback)". */
export function firstHeading(decision: Decision): string {
  if (decision.kind === 'answer') return decision.section.heading;
  if (decision.kind === 'did-you-mean') return decision.candidates[0]!.heading;
  return FALLBACK;
}

/**
 * Scores a question set. An in-scope row names its section, or several when a question fairly
 * belongs to more than one ("is it worth it?" is the takeaway or the benefits): the first is
 * the likeliest, and any of them counts as right.
 */
export function evaluate(
  matcher: Matcher,
  inScope: ReadonlyArray<readonly [string, string | readonly string[]]>,
  offTopic: readonly string[],
): Evaluation {
  const result: Evaluation = { inScope: inScope.length, top1Correct: 0, offTopic: offTopic.length, offTopicFallbacks: 0, inScopeFallbacks: 0, misses: [] };
  for (const [question, headings] of inScope) {
    const accepted = typeof headings === 'string' ? [headings] : headings;
    const decision = decide(matcher.match(question));
    const got = firstHeading(decision);
    if (accepted.includes(got)) result.top1Correct++;
    else result.misses.push({ question, expected: accepted.join(' or '), got, score: decision.score });
    if (got === FALLBACK) result.inScopeFallbacks++;
  }
  for (const question of offTopic) {
    const decision = decide(matcher.match(question));
    if (decision.kind === 'fallback') result.offTopicFallbacks++;
    else result.misses.push({ question, expected: FALLBACK, got: firstHeading(decision), score: decision.score });
  }
  return result;
}

export function summarise(name: string, e: Evaluation): string {
  const pct = (n: number, d: number) => (d === 0 ? 'n/a' : `${((100 * n) / d).toFixed(1)}%`);
  const fallbacks = e.offTopicFallbacks + e.inScopeFallbacks;
  return [
    `${name}: ${e.inScope} in-scope, ${e.offTopic} off-topic`,
    `  top-1 accuracy      ${pct(e.top1Correct, e.inScope)} (${e.top1Correct}/${e.inScope})`,
    `  fallback recall     ${pct(e.offTopicFallbacks, e.offTopic)} (off-topic questions that fell back)`,
    `  fallback precision  ${pct(e.offTopicFallbacks, fallbacks)} (fallbacks that were off-topic)`,
  ].join('\n');
}
