import type { AnswerCue } from './answer-cues';
import type { DialogActExample } from './dialog-act-examples';
import type { Example } from './examples';
import type { ArticleInfo } from './front-matter';

/** One answerable unit of the knowledge base: a heading of an article and the text under it. */
export interface Section {
  /** Stable id: the document's file name and the heading's slug. */
  id: string;
  heading: string;
  /** 1 for the article title, 2 and 3 for its sub-headings. */
  level: number;
  /** The markdown under the heading, up to the next heading (lists kept as lists), without the lines the owner marked "omit". */
  body: string;
  /**
   * Lines the owner marked `<!-- omit -->` (a call to buy, a link to nowhere): never shown,
   * but still read by matching (see matchedText), so marking a line changes no answer's section.
   */
  omitted?: string[];
  /** Lines marked `<!-- always show -->` (a caution): every short answer from this section includes them. */
  alwaysShow?: string[];
  /** Title of the document (its level-1 heading) and the file it came from. */
  document: string;
  file: string;
  /** The article's title, link and date, from its front matter. */
  article?: ArticleInfo;
  /** The published page's anchor for this heading ("#causes"), from the sidecar; only where the page has one. */
  anchor?: string;
  /** From the content owner's sidecar file: other ways people ask for this section. */
  questions: string[];
  keywords: string[];
  /** Headings offered as follow-up questions after this answer. */
  related: string[];
}

export interface KnowledgeBase {
  sections: Section[];
  /** Phrase -> canonical phrase, e.g. "slipped disk" -> "herniated disc". */
  synonyms: Map<string, string>;
  /** Topic the article does not cover -> phrases that mean a question is about it. */
  outOfScope: Map<string, string[]>;
  /** Questions people asked, each with the heading that answers it or none (not covered). */
  examples: Example[];
  /** Social messages by act ("cheers, that helped"), for the dialog-act stage; none when absent. */
  dialogActs?: DialogActExample[];
  /** What kind of words answer "how long", "how often"...: short answers prefer those sentences. None when absent. */
  answerCues?: AnswerCue[];
}

/** The words matching reads for a section: its shown text and the lines marked "omit". */
export function matchedText(section: Pick<Section, 'body' | 'omitted'>): string {
  return section.omitted?.length ? `${section.body}\n\n${section.omitted.join('\n\n')}` : section.body;
}

export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
