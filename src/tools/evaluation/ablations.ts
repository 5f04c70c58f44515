import type { KnowledgeBase } from '../../core/knowledge/section';
import { Matcher, type MatcherPart } from '../../core/matching/matcher';

/** The evaluation's ablation rows: the shipped matcher with one part taken away. */
export const ABLATIONS: { name: string; matcherFor: (knowledge: KnowledgeBase) => Matcher }[] = (
  [
    ['without fuse.js', ['fuse']],
    ['without the term classifier', ['classifier']],
    ['without the example questions', ['examples']],
  ] as const
).map(([name, without]) => ({ name, matcherFor: (knowledge) => new Matcher(knowledge, { cacheSize: 0, without: [...without] as MatcherPart[] }) }));
