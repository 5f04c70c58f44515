import { ActionTypes, ActivityTypes, CardFactory, type Activity, type Entity } from 'botbuilder';
import type { Reply } from '../core/replies/reply';

/** Teams shows at most three suggested actions. */
const MAX_SUGGESTIONS = 3;
const CITATION_MARK = '[1]';

/**
 * Turns a channel-neutral Reply into a Bot Framework message: markdown text, a citation
 * entity naming the source section (Teams renders it), and buttons that send their label
 * back, so a click is the same as typing the question.
 */
export function replyActivity(reply: Reply, conversationType?: string): Partial<Activity> {
  const activity: Partial<Activity> = {
    type: ActivityTypes.Message,
    text: reply.source ? `${reply.text} ${CITATION_MARK}` : reply.text,
    textFormat: 'markdown',
  };
  if (reply.source) {
    activity.entities = [citationEntity(reply)];
    // Teams' native thumbs up/down on answers; other channels ignore it.
    activity.channelData = { feedbackLoopEnabled: true };
  }
  const suggestions = reply.suggestions ?? [];
  if (conversationType === 'channel' || conversationType === 'groupChat') {
    // Teams shows suggested actions only in personal chat. In channels and group chats the
    // buttons go on a card, as messageBack so the click reaches the bot without an @mention.
    if (suggestions.length > 0) {
      activity.attachments = [
        CardFactory.heroCard('', undefined, suggestions.map((s) => ({ type: ActionTypes.MessageBack, title: s, text: s, displayText: s, value: { question: s } }))),
      ];
    }
  } else if (suggestions.length > MAX_SUGGESTIONS) {
    // More buttons than Teams shows as suggested actions ("did you mean" with "None of
    // these", the risk dialog's conditions): they go on a card, which every channel renders.
    activity.attachments = [CardFactory.heroCard('', undefined, suggestions.map((s) => ({ type: ActionTypes.ImBack, title: s, value: s })))];
  } else if (suggestions.length > 0) {
    activity.suggestedActions = {
      to: [],
      actions: suggestions.slice(0, MAX_SUGGESTIONS).map((s) => ({ type: ActionTypes.ImBack, title: s, value: s })),
    };
  }
  return activity;
}

function citationEntity(reply: Reply): Entity {
  const source = reply.source!;
  return {
    type: 'https://schema.org/Message',
    '@type': 'Message',
    '@context': 'https://schema.org',
    '@id': '',
    citation: [
      {
        '@type': 'Claim',
        position: 1,
        appearance: {
          '@type': 'DigitalDocument',
          name: source.heading.slice(0, 80),
          abstract: abstractOf(reply.text),
          keywords: [source.document.slice(0, 28)],
        },
      },
    ],
  };
}

/** Teams allows 160 characters: the first words of the answer, without markdown. */
function abstractOf(text: string): string {
  const plain = text.replace(/[*_#>`-]/g, '').replace(/\s+/g, ' ').trim();
  return plain.length <= 160 ? plain : `${plain.slice(0, 157).replace(/\s+\S*$/, '')}...`;
}
