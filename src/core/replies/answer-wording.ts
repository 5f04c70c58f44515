import type { Section } from '../knowledge/section';
import type { Reply } from './reply';

/** User-facing wording for answers, "did you mean", and fallbacks. */

export const NONE_OF_THESE = 'None of these';
export const FEEDBACK_PROMPT = 'Was this answer helpful?';
export const HELPFUL = 'Helpful';
export const NOT_HELPFUL = 'Not helpful';

export const NOT_MEDICAL_ADVICE = 'I share general information from one article, not medical advice.';

/** The question a button offers for a section: its first alternate question, else its heading. */
export function questionFor(section: Section): string {
  return section.questions[0] ?? section.heading;
}

/** The section's text; a section that introduces sub-sections ("here are two ways") lists them. */
export function answerReply(section: Section, related: Section[], subsections: Section[] = []): Reply {
  const parts = subsections.length > 0 ? `\n\n${subsections.map((s) => `- ${s.heading}`).join('\n')}` : '';
  return {
    kind: 'answer',
    text: `${section.body}${parts}\n\nFrom: ${section.heading}`,
    source: { heading: section.heading, sectionId: section.id, document: section.document },
    suggestions: related.slice(0, 3).map(questionFor),
  };
}

export function didYouMeanReply(candidates: Section[]): Reply {
  return {
    kind: 'did-you-mean',
    text: 'I want to get this right. Did you mean one of these?',
    suggestions: [...candidates.slice(0, 3).map(questionFor), NONE_OF_THESE],
  };
}

/** Never a guess: says plainly what it can't answer and what it can. */
export function fallbackReply(topics: Section[], uncoveredTopic?: string): Reply {
  const opening = uncoveredTopic
    ? `Sorry, the article I answer from doesn't cover ${uncoveredTopic}, so I can't help with that.`
    : "Sorry, I don't have an answer to that in the article I answer from, and I'd rather not guess.";
  return {
    kind: 'fallback',
    text: [
      opening,
      'For a medical question, please ask a doctor or another healthcare provider.',
      `Here's what I can tell you about:\n\n${topics.map((s) => `- ${s.heading}`).join('\n')}`,
    ].join('\n\n'),
    suggestions: topics.slice(0, 3).map(questionFor),
  };
}

export function noneOfTheseReply(topics: Section[]): Reply {
  return {
    kind: 'fallback',
    text: `No problem. Could you put the question another way? Here's what I can tell you about:\n\n${topics
      .map((s) => `- ${s.heading}`)
      .join('\n')}`,
    suggestions: topics.slice(0, 3).map(questionFor),
  };
}
