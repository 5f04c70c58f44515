import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { normaliseText } from '../text/normalise';
import { KnowledgeError, parseKnowledgeYaml } from './knowledge-error';

export const WALKTHROUGH_CUES_FILE = 'walkthrough-cues.yml';

export type WalkthroughCommand = 'next' | 'back' | 'repeat' | 'stop' | 'resume' | 'timer';
const COMMANDS: WalkthroughCommand[] = ['next', 'back', 'repeat', 'stop', 'resume', 'timer'];

export interface VariantCue {
  id: string;
  /** The button that chooses it ("With a partner"). */
  label: string;
  /** Words of a list item's opening clause that make the item this variant's. */
  itemCues: string[];
  /** What a person says to choose it. */
  answers: string[];
}

export interface TimingCue {
  phrase: string;
  minutes: number;
}

export interface WalkthroughCueData {
  start: string[];
  leadIns: string[];
  fillers: string[];
  commands: Record<WalkthroughCommand, string[]>;
  variants: VariantCue[];
  timings: TimingCue[];
  /** Words of a step that say how often to do the technique ("repeat a few times"), for the closing. */
  frequency: string[];
}

/**
 * The phrases that start, steer and shape a walkthrough, from `knowledge/walkthrough-cues.yml`:
 * data a content owner edits, not patterns in code. Matching is on whole words of the
 * normalised message (curly apostrophes, case and spacing do not matter).
 */
export class WalkthroughCues {
  /** Every phrase normalised once: each message is compared with all of them. */
  private readonly plainStart: string[];
  private readonly plainCommands: [WalkthroughCommand, Set<string>][];
  private readonly plainFillers: string[];

  constructor(readonly data: WalkthroughCueData) {
    this.plainStart = data.start.map(plain);
    this.plainCommands = COMMANDS.map((c) => [c, new Set(data.commands[c].map(plain))]);
    this.plainFillers = data.fillers.map(plain).sort((a, b) => b.length - a.length);
  }

  /** The message asks to be guided ("walk me through...", "step by step how do I..."). */
  asksForWalkthrough(text: string): boolean {
    const words = ` ${plain(text)} `;
    return this.plainStart.some((p) => words.includes(` ${p} `));
  }

  /** The message with the start phrases taken out, for finding which technique it names. */
  withoutStartPhrases(text: string): string {
    let words = ` ${plain(text)} `;
    for (const phrase of this.plainStart) words = words.split(` ${phrase} `).join(' ');
    return words.trim();
  }

  /** The command a whole message gives ("next please" is next); undefined for anything else. */
  commandOf(text: string): WalkthroughCommand | undefined {
    const words = this.withoutFillers(text);
    if (!words) return undefined;
    return this.plainCommands.find(([, phrases]) => phrases.has(words))?.[0];
  }

  /** The variant a message names ("with my partner", "on my own"), if it names exactly one. */
  variantIn(text: string, offered: readonly string[]): string | undefined {
    const words = plain(text);
    const named = this.data.variants.filter((v) => offered.includes(v.id) && v.answers.some((a) => hasPhrase(words, a)));
    return named.length === 1 ? named[0]!.id : undefined;
  }

  variant(id: string): VariantCue | undefined {
    return this.data.variants.find((v) => v.id === id);
  }

  /** The minutes a step's sentence gives ("for a few minutes"), if any. */
  minutesIn(sentence: string): number | undefined {
    const words = plain(sentence);
    return this.data.timings.find((t) => hasPhrase(words, t.phrase))?.minutes;
  }

  givesFrequency(sentence: string): boolean {
    const words = plain(sentence);
    return this.data.frequency.some((p) => hasPhrase(words, p));
  }

  isLeadIn(sentence: string): boolean {
    const words = plain(sentence);
    return this.data.leadIns.some((p) => hasPhrase(words, p));
  }

  private withoutFillers(text: string): string {
    const fillers = this.plainFillers;
    let words = plain(text);
    for (let changed = true; changed; ) {
      changed = false;
      for (const f of fillers) {
        if (words === f) continue;
        if (words.startsWith(`${f} `)) {
          words = words.slice(f.length + 1);
          changed = true;
        }
        if (words.endsWith(` ${f}`)) {
          words = words.slice(0, -f.length - 1);
          changed = true;
        }
      }
    }
    return words;
  }
}

/** Lower case, apostrophes straightened, punctuation (but the apostrophe) as spaces. */
export function plain(text: string): string {
  return normaliseText(text)
    .replace(/[^a-z0-9']+/g, ' ')
    .trim();
}

function hasPhrase(words: string, phrase: string): boolean {
  return ` ${words} `.includes(` ${plain(phrase)} `);
}

/** Reads `knowledge/walkthrough-cues.yml`; a missing file means no walkthroughs. */
export function loadWalkthroughCues(folder: string): WalkthroughCues | undefined {
  const path = join(folder, WALKTHROUGH_CUES_FILE);
  if (!existsSync(path)) return undefined;
  const data = (parseKnowledgeYaml(WALKTHROUGH_CUES_FILE, readFileSync(path, 'utf8')) ?? {}) as Record<string, unknown>;
  const fail = (problem: string): never => {
    throw new KnowledgeError(WALKTHROUGH_CUES_FILE, problem);
  };
  const list = (value: unknown, what: string, required = true): string[] => {
    if (value == null && !required) return [];
    if (!Array.isArray(value) || value.length === 0 || value.some((v) => typeof v !== 'string' || !v.trim())) fail(`"${what}" must be a list of phrases.`);
    return (value as string[]).map((v) => v.trim());
  };
  const commands = (data.commands ?? {}) as Record<string, unknown>;
  const unknownCommand = Object.keys(commands).find((c) => !COMMANDS.includes(c as WalkthroughCommand));
  if (unknownCommand) fail(`"commands" has "${unknownCommand}"; the commands are ${COMMANDS.join(', ')}.`);
  const variants = data.variants == null ? [] : data.variants;
  if (!Array.isArray(variants)) fail('"variants" must be a list, each with id, label, item-cues and answers.');
  const timings = data.timings == null ? [] : data.timings;
  if (!Array.isArray(timings)) fail('"timings" must be a list, each with phrase and minutes.');
  return new WalkthroughCues({
    start: list(data.start, 'start'),
    leadIns: list(data['technique-lead-ins'], 'technique-lead-ins'),
    fillers: list(data.fillers, 'fillers', false),
    frequency: list(data.frequency, 'frequency', false),
    commands: Object.fromEntries(COMMANDS.map((c) => [c, list(commands[c], `commands: ${c}`)])) as Record<WalkthroughCommand, string[]>,
    variants: (variants as Record<string, unknown>[]).map((v, i) => {
      if (typeof v?.id !== 'string' || typeof v.label !== 'string') fail(`entry ${i + 1} of "variants" needs an id and a label.`);
      return { id: v.id as string, label: v.label as string, itemCues: list(v['item-cues'], `item-cues of ${v.id}`), answers: list(v.answers, `answers of ${v.id}`) };
    }),
    timings: (timings as Record<string, unknown>[]).map((t, i) => {
      if (typeof t?.phrase !== 'string' || typeof t.minutes !== 'number' || !(t.minutes > 0)) fail(`entry ${i + 1} of "timings" needs a phrase and minutes (a number above 0).`);
      return { phrase: t.phrase as string, minutes: t.minutes as number };
    }),
  });
}
