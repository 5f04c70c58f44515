/**
 * What the bot says, independent of any channel. The bot edge turns a Reply into
 * Bot Framework activities (text, citation entity, suggested actions, cards).
 */
export type ReplyKind =
  | 'answer'
  | 'did-you-mean'
  | 'fallback'
  | 'small-talk'
  | 'welcome'
  | 'safety'
  | 'error';

export interface ReplySource {
  /** The knowledge section the text comes from, shown as "From: <heading>" and cited. */
  heading: string;
  sectionId: string;
  /** The knowledge document (file) the section belongs to, e.g. the article title. */
  document: string;
}

export interface Reply {
  kind: ReplyKind;
  /** Markdown text for chat: lists as lists, short paragraphs. */
  text: string;
  source?: ReplySource;
  /** Button labels; a click sends the label back as the user's message. */
  suggestions?: string[];
}
