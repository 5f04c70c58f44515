import { ActionTypes, ActivityTypes, CardFactory, type Activity, type Entity, type TurnContext } from 'botbuilder';
import { FEEDBACK_PROMPT, HELPFUL, NOT_HELPFUL } from '../core/replies/answer-wording';
import type { Reply } from '../core/replies/reply';
import { LruCache } from '../core/lru-cache';

/** Teams shows at most three suggested actions. */
const MAX_SUGGESTIONS = 3;
const CITATION_MARK = '[1]';

/**
 * Turns a channel-neutral Reply into a Bot Framework message: markdown text, a citation
 * entity naming the source section (Teams renders it), and buttons that send their label
 * back, so a click is the same as typing the question.
 */
export function replyActivity(reply: Reply, where: { channelId?: string; conversationType?: string } = {}): Partial<Activity> {
  const { channelId, conversationType } = where;
  const activity: Partial<Activity> = {
    type: ActivityTypes.Message,
    // Teams links the citation entity to a [1] marker in the text; elsewhere it is noise.
    text: reply.source && channelId === 'msteams' ? `${reply.text} ${CITATION_MARK}` : reply.text,
    textFormat: 'markdown',
  };
  if (reply.source) {
    activity.entities = [citationEntity(reply)];
    // Teams' native thumbs up/down on answers; other channels ignore it.
    activity.channelData = { feedbackLoopEnabled: true };
    // Elsewhere (Web Chat), a small card asks instead; its clicks carry the section.
    if (channelId !== 'msteams' && reply.kind === 'answer') activity.attachments = [feedbackCard(reply.source.sectionId)];
  }
  const suggestions = reply.suggestions ?? [];
  if (conversationType === 'channel' || conversationType === 'groupChat') {
    // Teams shows suggested actions only in personal chat. In channels and group chats the
    // buttons go on a card, as messageBack so the click reaches the bot without an @mention.
    if (suggestions.length > 0) {
      activity.attachments = [
        ...(activity.attachments ?? []),
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

/** Answers repeat (one per section), so their abstracts are worked out once. */
const abstracts = new LruCache<string, string>(200);

/** Teams allows 160 characters: the first words of the answer, without markdown. */
function abstractOf(text: string): string {
  let abstract = abstracts.get(text);
  if (abstract === undefined) abstracts.set(text, (abstract = plainAbstract(text)));
  return abstract;
}

function plainAbstract(text: string): string {
  const plain = text.replace(/[*_#>`-]/g, '').replace(/\s+/g, ' ').trim();
  return plain.length <= 160 ? plain : `${plain.slice(0, 157).replace(/\s+\S*$/, '')}...`;
}

/** The reply, shaped for where the turn came from (Teams channel or personal chat, Web Chat). */
export function replyFor(context: TurnContext, reply: Reply): Partial<Activity> {
  return replyActivity(reply, { channelId: context.activity.channelId, conversationType: context.activity.conversation?.conversationType });
}

function feedbackCard(sectionId: string) {
  const button = (title: string, reaction: 'like' | 'dislike') => ({ type: ActionTypes.MessageBack, title, displayText: title, text: '', value: { feedback: reaction, sectionId } });
  return CardFactory.heroCard('', FEEDBACK_PROMPT, undefined, [button(HELPFUL, 'like'), button(NOT_HELPFUL, 'dislike')]);
}
