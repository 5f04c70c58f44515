import type { Outcome } from '../core/assistant';
import type { SafetyLevel } from '../core/safety/safety-level';

/** What one turn did, as content owners see it: no user ids, and text only where allowed. */
export type TurnEventBody =
  | Outcome
  /**
   * A safety reply, and what raised it: the named rules that fired (their ids, or the
   * conditions they name) or the learned net; events from before this was kept have neither.
   */
  | { kind: 'safety'; level: SafetyLevel; conditions: string[]; raisedBy?: 'rule' | 'net'; rules?: string[] }
  /**
   * A thumbs up or down. `answerId` names the answer (the id of the question it answered, or
   * Teams' message id); a changed vote says which it `replaces`, so the report counts one vote per answer.
   */
  | { kind: 'feedback'; reaction: 'like' | 'dislike'; sectionId?: string; answerId?: string; replaces?: 'like' | 'dislike' }
  /** What was missing from an answer marked "Not helpful", in the person's words (masked). */
  | { kind: 'feedback-comment'; sectionId?: string; answerId?: string }
  /** "Show the whole section" after a short answer: the short answer was not enough, or was a taste. */
  | { kind: 'whole-section'; sectionId: string };

export type TurnEvent = TurnEventBody & {
  /** ISO time of the turn. */
  at: string;
  channel: string;
  /** The question's text: kept for unanswered questions (masked), otherwise only when the operator allows it. */
  text?: string;
};

/** Where events go. Recording must never slow or fail a reply. */
export interface EventSink {
  record(event: TurnEvent): void;
}

export const NO_EVENTS: EventSink = { record: () => undefined };
