import { Neighbours } from './knowledge/neighbours';
import type { KnowledgeBase, Section } from './knowledge/section';
import { decide, type Decision } from './matching/decide';
import type { Matcher } from './matching/matcher';
import { answerReply, didYouMeanReply, fallbackReply, NONE_OF_THESE, noneOfTheseReply } from './replies/answer-wording';
import { NO_CONTACTS, type Contacts } from './replies/contacts';
import type { FallbackTopic } from './replies/fallback-kinds';
import type { Reply } from './replies/reply';
import { smallTalkReply } from './replies/small-talk-wording';
import { normaliseText } from './text/normalise';
import type { Message } from './understanding/message';
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

/** How a fallback words each out-of-scope topic, and who a person can reach: both optional. */
export interface FallbackOptions {
  kinds?: ReadonlyMap<string, FallbackTopic>;
  contacts?: Contacts;
}

/**
 * Answers an ordinary (not risk-related) message from the knowledge base: small talk,
 * an answer with its source, "did you mean", or an honest fallback. No botbuilder here.
 */
export class Assistant {
  /** Where a section sits in its article: what is under it, what to offer after it. */
  private readonly neighbours: Neighbours;
  /** What the fallback lists: the article's main sections. */
  readonly topics: Section[];

  constructor(
    private readonly knowledge: KnowledgeBase,
    private readonly matcher: Matcher,
    /** The first stage: a message that is only social (thanks, a goodbye, praise) asks the article nothing. */
    private readonly acts: Pick<DialogActRecogniser, 'recognise'>,
    /** How a fallback words each out-of-scope topic, and who a person can reach: both optional. */
    private readonly fallback: FallbackOptions = {},
  ) {
    this.neighbours = new Neighbours(knowledge);
    this.topics = knowledge.sections.filter((s) => s.level === 2);
  }

  /** A message read once at the pipeline's entry (readMessage), or words that are read here. */
  respond(input: string | Pick<Message, 'text'>): AssistantTurn {
    const normalised = typeof input === 'string' ? normaliseText(input) : input.text;
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
        return answerReply(decision.section, this.neighbours.relatedTo(decision.section), this.neighbours.subsectionsOf(decision.section), { question, cues: this.knowledge.answerCues });
      case 'did-you-mean':
        return didYouMeanReply(decision.candidates);
      case 'fallback':
        return fallbackReply(this.topics, this.uncovered(decision.uncoveredTopic), this.fallback.contacts ?? NO_CONTACTS);
    }
  }

  private uncovered(topic: string | undefined): FallbackTopic | undefined {
    if (!topic) return undefined;
    return this.fallback.kinds?.get(topic) ?? { kind: 'other', say: topic };
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
