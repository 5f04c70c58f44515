import { TurnContext } from 'botbuilder';

/**
 * The words of a message without @mentions of the bot; a card button's value (Teams
 * messageBack, Adaptive Card submit) stands in when there is no text.
 */
export function messageText(context: TurnContext): string {
  const activity = context.activity;
  let text = typeof activity.text === 'string' ? activity.text : '';
  if (activity.entities?.length) text = TurnContext.removeRecipientMention(activity) ?? text;
  const value = activity.value as { text?: unknown; question?: unknown } | undefined;
  if (!text.trim() && value && typeof value === 'object') {
    const fromValue = value.question ?? value.text;
    if (typeof fromValue === 'string') text = fromValue;
  }
  return text.trim();
}
