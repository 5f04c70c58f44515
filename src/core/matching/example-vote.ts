import type { Section } from '../knowledge/section';
import { NOT_COVERED, type Neighbour } from './example-index';
import type { RankedSection } from './matcher';
import { TUNING } from './tuning';

/**
 * The final score of a section blends how well its own text and questions cover the
 * question with how many of the most similar examples it answers (each vote weighted by
 * similarity, scaled by the closest one). Examples catch the many ways people ask for the
 * same thing that no list of synonyms foresees; the text keeps a section without examples
 * findable. `learned`, the term classifier's probability per label, takes its share of the
 * vote (TUNING.examples.classifierShare). `notCovered` is the share for what the knowledge base does not cover.
 */
export function blendWithExamples(sections: Section[], ranked: RankedSection[], nearest: Neighbour[], learned?: Map<number, number>): { ranked: RankedSection[]; notCovered: number } {
  const { weight, sharpness, classifierShare } = TUNING.examples;
  const votes = new Map<number, number>();
  let total = 0;
  for (const { label, similarity, vote: count } of nearest) {
    const vote = count * similarity ** sharpness;
    votes.set(label, (votes.get(label) ?? 0) + vote);
    total += vote;
  }
  const closest = nearest[0]?.similarity ?? 0;
  const share = (label: number) => {
    const voted = total > 0 ? (votes.get(label) ?? 0) / total : 0;
    return learned ? (1 - classifierShare) * voted + classifierShare * (learned.get(label) ?? 0) : voted;
  };
  const byExamples = (index: number) => share(index) * closest;
  const blended = ranked.map(({ section, score }) => ({ section, score: (1 - weight) * score + weight * byExamples(sections.indexOf(section)) }));
  for (const label of learned?.keys() ?? votes.keys()) {
    if (label === NOT_COVERED || ranked.some((r) => r.section === sections[label])) continue;
    blended.push({ section: sections[label]!, score: weight * byExamples(label) });
  }
  blended.sort((a, b) => b.score - a.score);
  return { ranked: blended, notCovered: share(NOT_COVERED) };
}
