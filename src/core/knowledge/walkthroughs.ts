import type { Section } from './section';
import type { Technique } from './techniques';
import { plain, type WalkthroughCues } from './walkthrough-cues';

/** What a request to be guided names: the technique and who does it, where it says. */
export interface WalkthroughRequest {
  sectionId?: string;
  variantId?: string;
}

/**
 * The article's techniques and the phrases that start and steer their walkthroughs: which
 * technique a message asks to be guided through. `sectionsFor` is the matcher's reading of a
 * message (its best sections), so "walk me through the low back massage" lands where the same
 * question would.
 */
export class Walkthroughs {
  private readonly bySection: Map<string, Technique>;

  constructor(
    readonly techniques: Technique[],
    readonly cues: WalkthroughCues,
    private readonly sectionsFor: (text: string) => Section[],
  ) {
    this.bySection = new Map(techniques.map((t) => [t.section.id, t]));
  }

  technique(sectionId: string | undefined): Technique | undefined {
    return sectionId ? this.bySection.get(sectionId) : undefined;
  }

  /** A message asking to be guided, and what it names; undefined for any other message. */
  request(text: string): WalkthroughRequest | undefined {
    if (this.techniques.length === 0 || !this.cues.asksForWalkthrough(text)) return undefined;
    const technique = this.techniqueIn(text);
    if (!technique) return {};
    const variantId = technique.variants.length > 1 ? this.cues.variantIn(this.cues.withoutStartPhrases(text), technique.variants.map((v) => v.id)) : undefined;
    return { sectionId: technique.section.id, ...(variantId ? { variantId } : {}) };
  }

  /** The technique a message names: its heading (the "Guide me" button, a click on a choice), else the matcher's best technique section. */
  techniqueIn(text: string): Technique | undefined {
    const words = ` ${plain(text)} `;
    const named = this.techniques.filter((t) => words.includes(` ${plain(t.section.heading)} `));
    if (named.length === 1) return named[0];
    const rest = this.cues.withoutStartPhrases(text);
    if (!rest) return undefined;
    return this.sectionsFor(rest).map((s) => this.bySection.get(s.id)).find((t) => t !== undefined);
  }
}
