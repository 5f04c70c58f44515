import type { AnswerCue } from '../knowledge/answer-cues';
import type { Section } from '../knowledge/section';
import { NO_CONTACTS, supportLine, supportLinks, type Contacts } from './contacts';
import type { FallbackTopic } from './fallback-kinds';
import type { Reply, ReplySource } from './reply';
import { LruCache } from '../lru-cache';
import { choosePassages, scorePassages, splitPassages, type Passage } from './short-answer';

/** User-facing wording for answers, "did you mean", and fallbacks. */

export const NONE_OF_THESE = 'None of these';
export const FEEDBACK_PROMPT = 'Was this answer helpful?';
export const HELPFUL = 'Helpful';
export const NOT_HELPFUL = 'Not helpful';
/** Asked once, under an answer marked "Not helpful". */
export const WHAT_WAS_MISSING = 'What was missing? (optional)';
export const SEND_COMMENT = 'Send feedback';
/** The card once voted: what the person chose, instead of the buttons. */
export const VOTED = { like: 'You said this answer was helpful. Thank you.', dislike: 'You said this answer was not helpful. Thank you.' } as const;

export const NOT_MEDICAL_ADVICE = 'I share general information from one article, not medical advice.';

/** The question a button offers for a section: its first alternate question, else its heading. */
export function questionFor(section: Section): string {
  return section.questions[0] ?? section.heading;
}

export const SHOW_WHOLE_SECTION = 'Show the whole section';
/**
 * The longest first message of an answer, in characters a person sees (a link counts as its
 * words): on a 390x844 phone it fits above the buttons, so the answer's start is on screen.
 */
export const MAX_FIRST_MESSAGE = 350;

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** What a short answer needs to know of the question: its text, and the answer cues of the knowledge base. */
export interface AskedQuestion {
  question: string;
  cues?: readonly AnswerCue[];
}

/**
 * A short answer first: the one to three sentences (or list items) of the section that answer
 * the question, as the article words them, then the source, and a button for the whole
 * section. A section short enough is given whole. A section that introduces sub-sections
 * ("here are two ways") lists them.
 */
export function answerReply(section: Section, related: Section[], subsections: Section[] = [], asked?: AskedQuestion): Reply {
  // The sub-sections' headings belong in a short answer only where the text leads into them ("two simple ways:").
  const body = bodyOf(section, section.body.trimEnd().endsWith(':') ? subsections : []);
  const source = sourceOf(section);
  const from = sourceLine(source, { short: true });
  const budget = MAX_FIRST_MESSAGE - visibleLength(from) - 2;
  const passages = passagesOf(body, section.alwaysShow);
  const scored = scorePassages(passages, asked?.question ?? '', { heading: section.heading, cues: asked?.cues });
  const choice = visibleLength(body) <= budget
    ? { passages: scored, chosen: scored.map((p) => p.index), whole: true }
    : choosePassages(scored, (chosen) => visibleLength(renderPassages(passages, chosen)) <= budget);
  const excerpt = {
    chosen: choice.chosen.map((i) => scored[i]!).map((p) => ({ text: p.text, score: p.score, ...(p.cue ? { cue: p.cue } : {}) })),
    of: scored.length,
    whole: choice.whole,
  };
  if (choice.whole && body === bodyOf(section, subsections)) {
    return { kind: 'answer', text: `${body}\n\n${from}`, source, suggestions: related.slice(0, 3).map(questionFor), excerpt };
  }
  return {
    kind: 'answer',
    text: `${choice.whole ? body : renderPassages(passages, choice.chosen)}\n\n${from}`,
    source,
    // Teams shows three buttons: the whole section and two follow-ups.
    suggestions: related.slice(0, 2).map(questionFor),
    action: { title: SHOW_WHOLE_SECTION, message: wholeSectionMessage(section) },
    excerpt,
  };
}

/** The section's full text (what "Show the whole section" sends), with its source. */
export function wholeSectionReply(section: Section, related: Section[], subsections: Section[] = []): Reply {
  const source = sourceOf(section);
  return { kind: 'answer', text: `${bodyOf(section, subsections)}\n\n${sourceLine(source)}`, source, suggestions: related.slice(0, 3).map(questionFor) };
}

/** What the "Show the whole section" button sends: the label and the heading, so the click needs no memory of the answer. */
export function wholeSectionMessage(section: Section): string {
  return `${SHOW_WHOLE_SECTION}: ${section.heading}`;
}

/** The heading a "Show the whole section: <heading>" message asks for; undefined for anything else. */
export function wholeSectionHeading(text: string): string | undefined {
  const match = /^\s*show the whole section\s*:\s*(.+?)\s*$/i.exec(text);
  return match?.[1];
}

/** A section's passages, split once: every answer from it reuses them (and short-answer.ts its index over them). */
const splitBodies = new LruCache<string, Passage[]>(200);

function passagesOf(body: string, alwaysShow: readonly string[] = []): Passage[] {
  const key = `${alwaysShow.join('\u0000')}\u0001${body}`;
  let passages = splitBodies.get(key);
  if (!passages) splitBodies.set(key, (passages = splitPassages(body, alwaysShow)));
  return passages;
}

function bodyOf(section: Section, subsections: Section[]): string {
  return subsections.length > 0 ? `${section.body}\n\n${subsections.map((s) => `- ${s.heading}`).join('\n')}` : section.body;
}

/** Chosen passages as markdown: sentences of one paragraph together, list items as a list, and a note when a list goes on. */
function renderPassages(passages: Passage[], chosen: number[]): string {
  const kept = new Set(chosen);
  const blocks: string[] = [];
  for (const block of [...new Set(passages.map((p) => p.block))]) {
    const inBlock = passages.filter((p) => p.block === block);
    const shown = inBlock.filter((p) => kept.has(p.index));
    if (shown.length === 0) continue;
    if (!inBlock[0]!.item) {
      blocks.push(shown.map((p) => p.text).join(' '));
      continue;
    }
    const left = inBlock.length - shown.length;
    blocks.push(shown.map((p) => `- ${p.text}`).join('\n') + (left > 0 ? `\n\n${moreInList(left)}` : ''));
  }
  return blocks.join('\n\n');
}

/** A list cut short says so: leaving out a caution without a word would read as "that's all". */
function moreInList(left: number): string {
  return `_…and ${left} more in the whole section._`;
}

/** What a reply from this section cites: the section, its article, and where the page has them, link and date. */
export function sourceOf(section: Section): ReplySource {
  const { url, published } = section.article ?? {};
  return {
    heading: section.heading,
    sectionId: section.id,
    document: section.document,
    title: section.article?.title ?? section.document,
    ...(url ? { url } : {}),
    ...(url && section.anchor ? { sectionUrl: `${url.replace(/#.*$/, '')}${section.anchor}` } : {}),
    ...(published ? { published } : {}),
  };
}

/**
 * "From: <section>, in <article> (published <date>)": the section links to its place on the
 * page where the page has an anchor for it, the title to the page where the page is known.
 */
export function sourceLine(source: ReplySource, { short = false }: { short?: boolean } = {}): string {
  const full = source.title ?? source.document;
  // A short answer names the article by its main title ("Massage for Sciatica Pain"), not its subtitle.
  const title = short && !source.url ? full.replace(/\s*:.*$/, '') : full;
  const article = source.url ? `[${title}](${source.url})` : `“${title}”`;
  const date = source.published ? ` (published ${formatDate(source.published)})` : '';
  if (source.heading === full || source.heading === source.document) return `From: ${article}${date}`;
  const heading = source.sectionUrl ? `[${source.heading}](${source.sectionUrl})` : source.heading;
  return `From: ${heading}, in ${article}${date}`;
}

function formatDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  return `${day} ${MONTHS[month! - 1]} ${year}`;
}

/** Characters a person sees of markdown text: a link's words, not its address; no emphasis marks. */
export function visibleLength(markdown: string): number {
  return markdown.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/(^|\s)[_*]+|[_*]+(?=\s|$|[.,])/g, '$1').length;
}

export function didYouMeanReply(candidates: Section[]): Reply {
  return {
    kind: 'did-you-mean',
    text: 'I want to get this right. Did you mean one of these?',
    suggestions: [...candidates.slice(0, 3).map(questionFor), NONE_OF_THESE],
  };
}

const MEDICAL_POINTER = 'For a medical question, please ask a doctor or another healthcare provider.';

/** The opening of a fallback, by the kind of topic: the medical pointer only where the question is medical. */
function fallbackOpening(topic: FallbackTopic | undefined): string[] {
  if (!topic) {
    return ["Sorry, I don't have an answer to that in the article I answer from, and I'd rather not guess.", 'If it is a medical question, a doctor or another healthcare provider can help.'];
  }
  switch (topic.kind) {
    case 'far':
      return ["I only know about massage for sciatica, so I can't help with that."];
    case 'medical':
      return [`Sorry, the article I answer from doesn't cover ${topic.say}, so I can't help with that.`, MEDICAL_POINTER];
    case 'service':
      return [`The article I answer from doesn't cover ${topic.say}. A massage therapist or clinic can tell you about that directly.`];
    case 'other':
      return [`Sorry, the article I answer from doesn't cover ${topic.say}, so I can't help with that.`];
  }
}

/**
 * Never a guess: says plainly what it can't answer, and offers every topic it can as a button
 * (more than three go on a card, which every channel shows), and a person to reach where one is set.
 */
export function fallbackReply(topics: Section[], uncovered?: FallbackTopic, contacts: Contacts = NO_CONTACTS): Reply {
  return {
    kind: 'fallback',
    text: [...fallbackOpening(uncovered), ...(supportLine(contacts) ? [supportLine(contacts)] : []), "Here's what I can tell you about:"].join('\n\n'),
    suggestions: topics.map(questionFor),
    ...(supportLinks(contacts).length ? { links: supportLinks(contacts) } : {}),
  };
}

export function noneOfTheseReply(topics: Section[]): Reply {
  return { kind: 'fallback', text: "No problem. Could you put the question another way? Here's what I can tell you about:", suggestions: topics.map(questionFor) };
}
