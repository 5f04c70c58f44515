import type { KnowledgeBase, Section } from './knowledge/section';
import { decide, type Decision } from './matching/decide';
import type { Matcher } from './matching/matcher';
import { answerReply, didYouMeanReply, fallbackReply, NONE_OF_THESE, noneOfTheseReply } from './replies/answer-wording';
import type { Reply } from './replies/reply';
import { smallTalkReply } from './replies/small-talk-wording';
import { normaliseText } from './text/normalise';
import type { DialogAct } from './knowledge/dialog-act-examples';
import type { DialogActRecogniser } from './understanding/dialog-acts';

/** What a turn did, for the content owners' events: no user text in here. */
export type Outcome =
  | { kind: 'answer'; sectionId: string; score: number }
  | { kind: 'did-you-mean'; sectionIds: string[]; score: number }
  | { kind: 'fallback'; score: number; uncoveredTopic?: string }
  | { kind: 'small-talk'; intent: DialogAct };

export interface AssistantTurn {
  reply: Reply;
  outcome: Outcome;
}

/**
 * Answers an ordinary (not risk-related) message from the knowledge base: small talk,
 * an answer with its source, "did you mean", or an honest fallback. No botbuilder here.
 */
export class Assistant {
  private readonly byHeading: Map<string, Section>;
  /** What the fallback lists: the article's main sections. */
  readonly topics: Section[];

  constructor(
    private readonly knowledge: KnowledgeBase,
    private readonly matcher: Matcher,
    /** The first stage: a message that is only social (thanks, a goodbye, praise) asks the article nothing. */
    private readonly acts: Pick<DialogActRecogniser, 'recognise'>,
  ) {
    this.byHeading = new Map(knowledge.sections.map((s) => [s.heading, s]));
    this.topics = knowledge.sections.filter((s) => s.level === 2);
  }

  respond(text: string): AssistantTurn {
    const normalised = normaliseText(text);
    // The "did you mean" button's own label is the act, whatever the recogniser would say of it.
    const act = normalised.replace(/[.!]/g, '') === NONE_OF_THESE.toLowerCase() ? 'none-of-these' : this.acts.recognise(normalised);
    if (act === 'none-of-these') return { reply: noneOfTheseReply(this.topics), outcome: { kind: 'small-talk', intent: act } };
    if (act) return { reply: smallTalkReply(act), outcome: { kind: 'small-talk', intent: act } };
    const decision = decide(this.matcher.match(normalised));
    return { reply: this.replyFor(decision, normalised), outcome: outcomeOf(decision) };
  }

  private replyFor(decision: Decision, question: string): Reply {
    switch (decision.kind) {
      case 'answer':
        return answerReply(decision.section, this.relatedTo(decision.section), this.subsectionsOf(decision.section), { question, cues: this.knowledge.answerCues });
      case 'did-you-mean':
        return didYouMeanReply(decision.candidates);
      case 'fallback':
        return fallbackReply(this.topics, decision.uncoveredTopic);
    }
  }

  /** The sections directly under this one in its article. */
  private subsectionsOf(section: Section): Section[] {
    const sections = this.knowledge.sections.filter((s) => s.file === section.file);
    const children: Section[] = [];
    for (const next of sections.slice(sections.indexOf(section) + 1)) {
      if (next.level <= section.level) break;
      if (next.level === section.level + 1) children.push(next);
    }
    return children;
  }

  /** The owner's chosen follow-ups, else the sections that follow this one in the article. */
  private relatedTo(section: Section): Section[] {
    const chosen = section.related.map((h) => this.byHeading.get(h)).filter((s): s is Section => !!s);
    if (chosen.length > 0) return chosen;
    const sections = this.knowledge.sections.filter((s) => s.file === section.file && s.level > 1);
    const at = sections.indexOf(section);
    return [...sections.slice(at + 1), ...sections.slice(0, Math.max(at, 0))].slice(0, 3);
  }
}

function outcomeOf(decision: Decision): Outcome {
  switch (decision.kind) {
    case 'answer':
      return { kind: 'answer', sectionId: decision.section.id, score: decision.score };
    case 'did-you-mean':
      return { kind: 'did-you-mean', sectionIds: decision.candidates.map((s) => s.id), score: decision.score };
    case 'fallback':
      return { kind: 'fallback', score: decision.score, ...(decision.uncoveredTopic ? { uncoveredTopic: decision.uncoveredTopic } : {}) };
  }
}
