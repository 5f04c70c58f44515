import type { ConversationState, StatePropertyAccessor, TurnContext } from 'botbuilder';

interface Answered {
  messageId: string;
  sectionId: string;
}

/**
 * Which section the conversation's recent answers came from (Teams message id -> section id),
 * so a thumbs up or down, which names only the message, can name the section. Kept in
 * conversation state, not in memory: the vote may reach another instance, or come after a restart.
 */
export class AnsweredSections {
  private readonly property: StatePropertyAccessor<Answered[]>;

  constructor(
    conversationState: ConversationState,
    /** People vote on recent answers; older ones are forgotten to keep state small. */
    private readonly keep = 20,
  ) {
    this.property = conversationState.createProperty<Answered[]>('answeredSections');
  }

  async remember(context: TurnContext, messageId: string, sectionId: string): Promise<void> {
    const answered = await this.property.get(context, []);
    answered.push({ messageId, sectionId });
    answered.splice(0, Math.max(0, answered.length - this.keep));
  }

  async sectionOf(context: TurnContext, messageId: string | undefined): Promise<string | undefined> {
    if (!messageId) return undefined;
    return (await this.property.get(context, [])).find((a) => a.messageId === messageId)?.sectionId;
  }
}
