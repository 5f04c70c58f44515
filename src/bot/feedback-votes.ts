import type { ConversationState, StatePropertyAccessor, TurnContext } from 'botbuilder';

export type Reaction = 'like' | 'dislike';

interface Vote {
  answerId: string;
  reaction: Reaction;
  /** "What was missing?" was answered (or declined): it is asked once. */
  commented?: boolean;
}

/** What a vote did: the first on its answer, the same again, or a change of mind. */
export type VoteOutcome = { kind: 'first' } | { kind: 'same' } | { kind: 'changed'; from: Reaction };

/**
 * The votes on the conversation's recent answers, so each answer has one vote: the same vote
 * again changes nothing, a different one replaces it. In conversation state, so a reload or
 * another instance of the bot knows them too.
 */
export class FeedbackVotes {
  private readonly property: StatePropertyAccessor<Vote[]>;

  constructor(
    conversationState: ConversationState,
    /** People vote on recent answers; older votes are forgotten to keep state small. */
    private readonly keep = 20,
  ) {
    this.property = conversationState.createProperty<Vote[]>('feedbackVotes');
  }

  async vote(context: TurnContext, answerId: string, reaction: Reaction): Promise<VoteOutcome> {
    const votes = await this.property.get(context, []);
    const earlier = votes.find((v) => v.answerId === answerId);
    if (earlier?.reaction === reaction) return { kind: 'same' };
    if (earlier) {
      const from = earlier.reaction;
      earlier.reaction = reaction;
      return { kind: 'changed', from };
    }
    votes.push({ answerId, reaction });
    votes.splice(0, Math.max(0, votes.length - this.keep));
    return { kind: 'first' };
  }

  /** True the first time "what was missing?" is answered for a "Not helpful" answer; false after, or without that vote. */
  async takeComment(context: TurnContext, answerId: string): Promise<boolean> {
    const vote = (await this.property.get(context, [])).find((v) => v.answerId === answerId);
    if (!vote || vote.reaction !== 'dislike' || vote.commented) return false;
    vote.commented = true;
    return true;
  }
}
