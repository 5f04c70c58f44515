import { buildPipeline, type Pipeline } from '../../core/understanding/pipeline';
import type { Example } from '../../core/knowledge/examples';
import type { KnowledgeBase } from '../../core/knowledge/section';
import { Matcher } from '../../core/matching/matcher';
import { routeMessage, type Route } from './route';


/** What one held-out voice scored: every figure a count, so voices can be summed. */
export interface VoiceScore {
  voice: string;
  inScope: number;
  /** In-scope questions whose first answer is their section (a Risks question routed to the risk dialog counts). */
  right: number;
  offTopic: number;
  /** Not-covered questions that got no section (a fallback, small talk or a safety route). */
  fellBack: number;
  /** Ordinary messages (every question of the voice) raised to emergency, urgent or crisis. */
  falseAlarms: number;
  /** Ordinary messages whose first reply asks the red-flag questions (the learned net suspected one). */
  askedRedFlags: number;
  misses: { question: string; expected: string; got: string }[];
}

/** What one held-out voice of dialog acts scored. */
export interface ActVoiceScore {
  voice: string;
  acts: number;
  /** Social messages that got no article section (the act, another act, or a fallback). */
  noSection: number;
  /** ... and were recognised as their own act. */
  rightAct: number;
  /** Messages that look social but ask something ("thanks! and how long?"). */
  content: number;
  /** ... that went on to retrieval instead of getting a social reply. */
  contentKept: number;
  misses: { question: string; expected: string; got: string }[];
}

/** How the pipeline is built for a voice left out: the examples and ordinary questions it may learn from. */
export interface BuildOptions {
  /** Off: the learned safety net is left out (the rules alone), which makes a run much faster. */
  net?: boolean;
  cacheDir?: string;
  /** For ablation rows: a matcher built differently from the shipped one. */
  matcherFor?: (knowledge: KnowledgeBase) => Matcher;
}

/**
 * Leaves each voice file of `knowledge/examples` out in turn, builds the matcher (and the
 * safety net, which learns ordinary questions from the examples) on the rest, and scores the
 * voice left out, as the bot would route each of its questions. This is the figure that says
 * how the bot does with people nobody wrote examples for.
 */
export function answersHeldOutByVoice(knowledge: KnowledgeBase, options: BuildOptions = {}): VoiceScore[] {
  const voices = [...new Set(knowledge.examples.map((e) => e.file ?? ''))].sort();
  return voices.map((voice) => {
    const rest = knowledge.examples.filter((e) => e.file !== voice);
    const held = knowledge.examples.filter((e) => e.file === voice);
    return scoreVoice(voice, held, buildRouter({ ...knowledge, examples: rest }, options));
  });
}

/** Leaves each voice file of `knowledge/dialog-acts` out in turn and scores it on a pipeline built without it. */
export function actsHeldOutByVoice(knowledge: KnowledgeBase, options: BuildOptions = {}): ActVoiceScore[] {
  const all = knowledge.dialogActs ?? [];
  const voices = [...new Set(all.map((e) => e.file))].sort();
  return voices.map((voice) => {
    const route = buildRouter({ ...knowledge, dialogActs: all.filter((e) => e.file !== voice) }, options);
    const score: ActVoiceScore = { voice, acts: 0, noSection: 0, rightAct: 0, content: 0, contentKept: 0, misses: [] };
    for (const { text, act } of all.filter((e) => e.file === voice)) {
      const got = route(text);
      if (act === 'content') {
        score.content++;
        if (got.kind !== 'small-talk') score.contentKept++;
        else score.misses.push({ question: text, expected: '(a question)', got: describe(got) });
        continue;
      }
      score.acts++;
      if (got.kind !== 'answer') score.noSection++;
      if (got.kind === 'small-talk' && got.act === act) score.rightAct++;
      else score.misses.push({ question: text, expected: act, got: describe(got) });
    }
    return score;
  });
}

/** Builds the pipeline the bot runs, on this knowledge, and returns its router. */
export function buildRouter(knowledge: KnowledgeBase, options: BuildOptions = {}): (text: string) => Route {
  const matcher = options.matcherFor?.(knowledge) ?? new Matcher(knowledge, { cacheSize: 0 });
  return routerOf(knowledge, buildPipeline(knowledge, { matcher, ...(options.net === false ? { net: false } : {}), ...(options.cacheDir ? { cacheDir: options.cacheDir } : {}) }));
}

/** A built pipeline's router: the first reply to a message, as the evaluation scores it. */
export function routerOf(knowledge: KnowledgeBase, { safety, assistant }: Pick<Pipeline, 'safety' | 'assistant'>): (text: string) => Route {
  const headings = new Map(knowledge.sections.map((s) => [s.id, s.heading]));
  return (text) => routeMessage(text, safety, assistant, headings);
}

export function scoreVoice(voice: string, held: readonly Example[], route: (text: string) => Route): VoiceScore {
  const score: VoiceScore = { voice, inScope: 0, right: 0, offTopic: 0, fellBack: 0, falseAlarms: 0, askedRedFlags: 0, misses: [] };
  for (const { question, heading } of held) {
    const got = route(question);
    if (got.kind === 'safety' && got.level !== 'check-first') score.falseAlarms++;
    if (got.kind === 'safety' && got.asksRedFlags) score.askedRedFlags++;
    if (heading === undefined) {
      score.offTopic++;
      if (got.kind !== 'answer') score.fellBack++;
      else score.misses.push({ question, expected: '(no section)', got: got.heading });
    } else {
      score.inScope++;
      if (answersWith(got, [heading])) score.right++;
      else score.misses.push({ question, expected: heading, got: describe(got) });
    }
  }
  return score;
}

/** Right when the first section offered is an accepted one; the risk dialog is right for the risks section. */
export function answersWith(got: Route, accepted: readonly string[]): boolean {
  if (got.kind === 'answer') return accepted.includes(got.heading);
  return got.kind === 'safety' && got.level === 'check-first' && !got.asksRedFlags && accepted.some(isRisksHeading);
}

export const isRisksHeading = (heading: string) => /\brisks?\b/i.test(heading);

export function describe(route: Route): string {
  if (route.kind === 'answer') return route.heading;
  if (route.kind === 'safety') return route.asksRedFlags ? '(asks red flags)' : `(${route.level})`;
  if (route.kind === 'small-talk') return `(${route.act})`;
  return `(${route.kind})`;
}
