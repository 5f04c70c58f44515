import { ActionTypes, ActivityTypes, CardFactory, type Activity, type Entity, type TurnContext } from 'botbuilder';
import { FEEDBACK_PROMPT, HELPFUL, NOT_HELPFUL, SEND_COMMENT, VOTED, WHAT_WAS_MISSING } from '../core/replies/answer-wording';
import type { Reply, ReplyAction } from '../core/replies/reply';
import { NEXT, RESUME, STOP } from '../core/replies/walkthrough-wording';
import { LruCache } from '../core/lru-cache';

/** Teams shows at most three suggested actions. */
const MAX_SUGGESTIONS = 3;
const CITATION_MARK = '[1]';

/**
 * Turns a channel-neutral Reply into a Bot Framework message: markdown text, a citation
 * entity naming the source section (Teams renders it), and buttons that send their label
 * back, so a click is the same as typing the question.
 */
export function replyActivity(reply: Reply, where: { channelId?: string; conversationType?: string; answerId?: string } = {}): Partial<Activity> {
  const { channelId, conversationType, answerId } = where;
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
    if (channelId !== 'msteams' && reply.kind === 'answer') activity.attachments = [feedbackCard(reply.source.sectionId, answerId)];
  }
  // Each button's label and the message its click sends; "Show the whole section" sends which section.
  const buttons = [...(reply.action ? [reply.action] : []), ...(reply.guide ? [reply.guide] : []), ...(reply.suggestions ?? []).map((s) => ({ title: s, message: s }))];
  if (reply.controls?.length) {
    addControls(activity, reply.controls, { channelId, conversationType });
  } else if (conversationType === 'channel' || conversationType === 'groupChat') {
    // Teams shows suggested actions only in personal chat. In channels and group chats the
    // buttons go on a card, as messageBack so the click reaches the bot without an @mention.
    if (buttons.length > 0) {
      activity.attachments = [
        ...(activity.attachments ?? []),
        CardFactory.heroCard('', undefined, buttons.map((b) => ({ type: ActionTypes.MessageBack, title: b.title, text: b.message, displayText: b.title, value: { question: b.message } }))),
      ];
    }
  } else if (buttons.length > MAX_SUGGESTIONS) {
    // More buttons than Teams shows as suggested actions ("did you mean" with "None of
    // these", the risk dialog's conditions): they go on a card, which every channel renders.
    activity.attachments = [CardFactory.heroCard('', undefined, buttons.map((b) => ({ type: ActionTypes.ImBack, title: b.title, value: b.message })))];
  } else if (buttons.length > 0) {
    activity.suggestedActions = {
      to: [],
      actions: buttons.map((b) => ({ type: ActionTypes.ImBack, title: b.title, value: b.message })),
    };
  }
  // Tap-to-call and the support contact open an address: card buttons (openUrl), which Teams
  // shows everywhere, unlike suggested actions. First, so they sit right under the advice.
  if (reply.links?.length) {
    const links = reply.links.map((l) => ({ type: ActionTypes.OpenUrl, title: l.title, value: l.url }));
    activity.attachments = [CardFactory.heroCard('', undefined, links), ...(activity.attachments ?? [])];
  }
  return activity;
}

/**
 * A walkthrough's buttons. In Teams channels and group chats an Adaptive Card with Action.Submit,
 * so a click reaches the bot without an @mention (its data carries the button's message); Teams'
 * personal chat shows three suggested actions, so the first that fit with Next and Stop among
 * them (the others can be typed); Web Chat shows them all.
 */
function addControls(activity: Partial<Activity>, controls: ReplyAction[], { channelId, conversationType }: { channelId?: string; conversationType?: string }): void {
  if (conversationType === 'channel' || conversationType === 'groupChat') {
    activity.attachments = [
      ...(activity.attachments ?? []),
      CardFactory.adaptiveCard({
        type: 'AdaptiveCard',
        $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
        version: '1.5',
        body: [],
        actions: controls.map((c) => ({ type: 'Action.Submit', title: c.title, data: { text: c.message } })),
      }),
    ];
    return;
  }
  const shown = [...controls];
  if (channelId === 'msteams') {
    const essential = new Set([NEXT, STOP, RESUME]);
    while (shown.length > MAX_SUGGESTIONS) {
      const drop = shown.map((c) => essential.has(c.message)).lastIndexOf(false);
      shown.splice(drop >= 0 ? drop : MAX_SUGGESTIONS, 1);
    }
  }
  activity.suggestedActions = { to: [], actions: shown.map((c) => ({ type: ActionTypes.ImBack, title: c.title, value: c.message })) };
}

/** Teams' documented limits for a citation's appearance (ClientCitation in the Teams and Agents SDKs). */
export const CITATION_LIMITS = { name: 80, abstract: 160, keywords: 3, keyword: 28 } as const;

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
          name: cutAtWord(source.heading, CITATION_LIMITS.name),
          abstract: abstractOf(answerPart(reply.text)),
          keywords: [cutAtWord(source.title ?? source.document, CITATION_LIMITS.keyword)],
          ...(source.sectionUrl ?? source.url ? { url: source.sectionUrl ?? source.url } : {}),
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
  const plain = text
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(^|\n)\s*[-*+]\s+/g, '$1')
    .replace(/[*_#>`]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return cutAtWord(plain, CITATION_LIMITS.abstract);
}

/** The answer without its "From: ..." line: the citation names the source itself. */
function answerPart(text: string): string {
  return text.replace(/\n\nFrom: [^\n]*$/, '');
}

/**
 * Text within `max` characters, cut after a whole word (and an ellipsis inside the limit),
 * never inside one: "Massage for Sciatica Pain: B" reads as a mistake, "Massage for Sciatica Pain" does not.
 */
export function cutAtWord(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const room = clean.slice(0, max + 1);
  const cut = room.lastIndexOf(' ') > 0 ? room.slice(0, room.lastIndexOf(' ')) : clean.slice(0, max);
  return cut.replace(/[\s,;:.&—–-]+$/, '');
}

/** The reply, shaped for where the turn came from (Teams channel or personal chat, Web Chat). */
export function replyFor(context: TurnContext, reply: Reply): Partial<Activity> {
  // An answer is named by the question it answers: unique in the conversation, known before the answer is sent.
  const { channelId, conversation, id } = context.activity;
  return replyActivity(reply, { channelId, conversationType: conversation?.conversationType, ...(id ? { answerId: id } : {}) });
}

/**
 * "Was this answer helpful?": a hero card any Web Chat shows, whose clicks carry the section and
 * the answer. The page draws it as one compact row that shows the choice once made, and reads
 * its other words (`feedback`) from here, so all the wording stays in src/core/replies.
 */
function feedbackCard(sectionId: string, answerId?: string) {
  const value = (reaction: 'like' | 'dislike') => ({ feedback: reaction, sectionId, ...(answerId ? { answerId } : {}) });
  const button = (title: string, reaction: 'like' | 'dislike') => ({ type: ActionTypes.MessageBack, title, displayText: title, text: '', value: value(reaction) });
  const card = CardFactory.heroCard('', FEEDBACK_PROMPT, undefined, [button(HELPFUL, 'like'), button(NOT_HELPFUL, 'dislike')]);
  Object.assign(card.content, { feedback: { sectionId, answerId, voted: VOTED, whatWasMissing: WHAT_WAS_MISSING, send: SEND_COMMENT } });
  return card;
}
