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
  | 'walkthrough'
  | 'error';

export interface ReplySource {
  /** The knowledge section the text comes from, shown as "From: <heading>" and cited. */
  heading: string;
  sectionId: string;
  /** The knowledge document (file) the section belongs to, e.g. the article title. */
  document: string;
  /** The article's title as published (front matter), its page, and its date: what a person can open. */
  title?: string;
  url?: string;
  /** The page at this section's anchor, where the page has one; else absent. */
  sectionUrl?: string;
  /** YYYY-MM-DD. */
  published?: string;
}

/** A button whose label is not the message it sends ("Show the whole section" sends which section). */
export interface ReplyAction {
  title: string;
  message: string;
}

/** A button that opens an address instead of sending a message: a web page, or tel: to call. */
export interface ReplyLink {
  title: string;
  url: string;
}

/** Which of the section's sentences a short answer kept: for the terminal chat's --explain and tests. */
export interface ReplyExcerpt {
  /** The kept sentences and list items, in the article's order, each with its score. */
  chosen: { text: string; score: number; cue?: string }[];
  /** How many sentences and list items the section has. */
  of: number;
  /** The answer is the whole section. */
  whole: boolean;
}

export interface Reply {
  kind: ReplyKind;
  /** Markdown text for chat: lists as lists, short paragraphs. */
  text: string;
  source?: ReplySource;
  /** Button labels; a click sends the label back as the user's message. */
  suggestions?: string[];
  /** A button shown before the suggestions, sending its own message ("Show the whole section"). */
  action?: ReplyAction;
  /** Buttons that open a page or call a number (tap-to-call in an emergency, the support contact). */
  links?: ReplyLink[];
  /** Under a technique's answer: "Guide me", which starts its walkthrough. */
  guide?: ReplyAction;
  /**
   * A walkthrough's buttons (Next, Back, Repeat, Stop, a timer), most needed first: all of them
   * where the channel shows them, else the first that fit, Next and Stop always among them.
   */
  controls?: ReplyAction[];
  /** For a short answer: the sentences chosen. */
  excerpt?: ReplyExcerpt;
}
