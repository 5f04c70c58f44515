import { Neighbours } from '../knowledge/neighbours';
import type { KnowledgeBase, Section } from '../knowledge/section';
import { wholeSectionHeading, wholeSectionReply } from './answer-wording';
import type { Reply } from './reply';

/**
 * Recognises a click on "Show the whole section" (the message names the section, so no memory
 * of the earlier answer is needed) and gives that section's full text. Only the exact message
 * the button sends, with a heading of the knowledge base, counts: anything else a person types
 * is free text, for the safety check and the matcher.
 */
export class WholeSections {
  private readonly byHeading: Map<string, Section>;
  private readonly neighbours: Neighbours;

  constructor(knowledge: KnowledgeBase) {
    this.byHeading = new Map(knowledge.sections.map((s) => [s.heading.toLowerCase(), s]));
    this.neighbours = new Neighbours(knowledge);
  }

  /** The section a message asks to see whole, or undefined when the message is not that button's. */
  sectionFor(text: string): Section | undefined {
    const heading = wholeSectionHeading(text);
    return heading === undefined ? undefined : this.byHeading.get(heading.toLowerCase());
  }

  /** The whole section's reply for a button click; undefined when the message is not one. */
  replyFor(text: string): { reply: Reply; section: Section } | undefined {
    const section = this.sectionFor(text);
    if (!section) return undefined;
    return { reply: wholeSectionReply(section, this.neighbours.relatedTo(section), this.neighbours.subsectionsOf(section)), section };
  }
}
