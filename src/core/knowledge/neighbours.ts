import type { KnowledgeBase, Section } from './section';

/**
 * A section's place in its article: the sections directly under it, and the follow-ups to
 * offer after it; for the answer and for "Show the whole section" alike.
 */
export class Neighbours {
  private readonly byHeading: Map<string, Section>;

  constructor(private readonly knowledge: KnowledgeBase) {
    this.byHeading = new Map(knowledge.sections.map((s) => [s.heading, s]));
  }

  /** The sections directly under this one in its article. */
  subsectionsOf(section: Section): Section[] {
    const sections = this.knowledge.sections.filter((s) => s.file === section.file);
    const children: Section[] = [];
    for (const next of sections.slice(sections.indexOf(section) + 1)) {
      if (next.level <= section.level) break;
      if (next.level === section.level + 1) children.push(next);
    }
    return children;
  }

  /** The owner's chosen follow-ups, else the sections that follow this one in the article. */
  relatedTo(section: Section): Section[] {
    const chosen = section.related.map((h) => this.byHeading.get(h)).filter((s): s is Section => !!s);
    if (chosen.length > 0) return chosen;
    const sections = this.knowledge.sections.filter((s) => s.file === section.file && s.level > 1);
    const at = sections.indexOf(section);
    return [...sections.slice(at + 1), ...sections.slice(0, Math.max(at, 0))].slice(0, 3);
  }
}
