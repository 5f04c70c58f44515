import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { splitPassages, splitSentences } from '../replies/short-answer';
import { KnowledgeError, parseKnowledgeYaml } from './knowledge-error';
import type { Section } from './section';
import { plain, type WalkthroughCues } from './walkthrough-cues';

/** One thing to do, as the article words it. */
export interface TechniqueStep {
  text: string;
  /** A few words naming it, from the walkthrough sidecar; none when the owner gave none. */
  title?: string;
  /** Offer a timer of this many minutes (the article gives a time here). */
  minutes?: number;
}

/** The steps for one way of doing a technique: on your own, with a partner, or the only way. */
export interface TechniqueVariant {
  /** A variant cue's id ("alone", "partner"), or "steps" when the article gives one way. */
  id: string;
  steps: TechniqueStep[];
}

export interface Technique {
  section: Section;
  variants: TechniqueVariant[];
  /** The cautions the owner marked "always show" in this section and the sections above it (not over the spine...). */
  cautions: string[];
  /** The technique's sentence on how often (a "frequency" answer cue), for the closing. */
  frequency?: string;
}

export const SINGLE_VARIANT = 'steps';
export const WALKTHROUGH_SIDECAR = '.walkthrough.yml';

interface StepExtras {
  starts: string;
  title?: string;
  minutes?: number;
}

/**
 * The article's techniques, read from its own text: a section whose list is led in by a
 * sentence such as "Here's how:" is a technique, each list item's sentences are its steps, and a
 * list whose items each open with a different person ("If you're doing it yourself, ...") gives
 * one set of steps per person. `<article>.walkthrough.yml` may give a step a title or a timing.
 */
export function loadTechniques(folder: string, sections: Section[], cues: WalkthroughCues): Technique[] {
  const byFile = new Map<string, Section[]>();
  for (const s of sections) byFile.set(s.file, [...(byFile.get(s.file) ?? []), s]);
  const techniques: Technique[] = [];
  for (const [file, inFile] of byFile) {
    const sidecarName = `${basename(file, '.md')}${WALKTHROUGH_SIDECAR}`;
    const sidecarPath = join(folder, sidecarName);
    const extras = existsSync(sidecarPath) ? parseWalkthroughSidecar(sidecarName, readFileSync(sidecarPath, 'utf8')) : new Map<string, StepExtras[]>();
    const found: Technique[] = [];
    inFile.forEach((section, i) => {
      const technique = techniqueOf(section, ancestorsOf(inFile, i), cues);
      if (technique) found.push(technique);
    });
    for (const [heading, steps] of extras) {
      const technique = found.find((t) => t.section.heading.toLowerCase() === heading);
      if (!technique) throw new KnowledgeError(sidecarName, `"${heading}" is not a technique of the article (a section with a "Here's how:" list).`);
      const all = technique.variants.flatMap((v) => v.steps);
      for (const extra of steps) {
        const step = all.find((s) => plain(s.text).startsWith(plain(extra.starts)));
        if (!step) throw new KnowledgeError(sidecarName, `no step of "${technique.section.heading}" starts with "${extra.starts}".`);
        if (extra.title) step.title = extra.title;
        if (extra.minutes !== undefined) {
          if (extra.minutes > 0) step.minutes = extra.minutes;
          else delete step.minutes;
        }
      }
    }
    techniques.push(...found);
  }
  return techniques;
}

function ancestorsOf(sections: Section[], index: number): Section[] {
  const ancestors: Section[] = [];
  let level = sections[index]!.level;
  for (let i = index - 1; i >= 0 && level > 1; i--) {
    if (sections[i]!.level < level) {
      ancestors.push(sections[i]!);
      level = sections[i]!.level;
    }
  }
  return ancestors;
}

function techniqueOf(section: Section, ancestors: Section[], cues: WalkthroughCues): Technique | undefined {
  const passages = splitPassages(section.body);
  const leadIn = passages.find((p) => p.introduces !== undefined && cues.isLeadIn(p.text));
  if (!leadIn) return undefined;
  const items = passages.filter((p) => p.item && p.block === leadIn.introduces).map((p) => p.text);
  if (items.length === 0) return undefined;
  const variants = byPerson(items, cues) ?? [{ id: SINGLE_VARIANT, steps: items.flatMap((item) => stepsOf(splitSentences(item), cues)) }];
  const all = variants.flatMap((v) => v.steps.map((s) => s.text));
  const frequency = all.find((s) => cues.givesFrequency(s));
  return {
    section,
    variants,
    cautions: [...(section.alwaysShow ?? []), ...ancestors.flatMap((a) => a.alwaysShow ?? [])],
    ...(frequency ? { frequency } : {}),
  };
}

/** Each item opens with a different person's clause ("If you're doing it yourself,"): one variant each, the clause left out. */
function byPerson(items: string[], cues: WalkthroughCues): TechniqueVariant[] | undefined {
  if (items.length < 2) return undefined;
  const variants: TechniqueVariant[] = [];
  for (const item of items) {
    const [first, ...rest] = splitSentences(item);
    const comma = first!.indexOf(',');
    if (comma < 0) return undefined;
    const opening = ` ${plain(first!.slice(0, comma))} `;
    const matched = cues.data.variants.filter((v) => v.itemCues.some((c) => opening.includes(` ${plain(c)} `)));
    if (matched.length !== 1 || variants.some((v) => v.id === matched[0]!.id)) return undefined;
    const remainder = first!.slice(comma + 1).trim();
    const sentences = [remainder.charAt(0).toUpperCase() + remainder.slice(1), ...rest];
    variants.push({ id: matched[0]!.id, steps: stepsOf(sentences, cues) });
  }
  return variants;
}

function stepsOf(sentences: string[], cues: WalkthroughCues): TechniqueStep[] {
  return sentences.map((text) => {
    const minutes = cues.minutesIn(text);
    return minutes ? { text, minutes } : { text };
  });
}

function parseWalkthroughSidecar(file: string, text: string): Map<string, StepExtras[]> {
  const data = parseKnowledgeYaml(file, text);
  const extras = new Map<string, StepExtras[]>();
  const techniques = (data as { techniques?: unknown } | null)?.techniques;
  if (data == null) return extras;
  if (!Array.isArray(techniques)) throw new KnowledgeError(file, 'must have a "techniques:" list, each with a heading and its steps.');
  techniques.forEach((entry: Record<string, unknown>, i: number) => {
    if (typeof entry?.heading !== 'string' || !Array.isArray(entry.steps)) throw new KnowledgeError(file, `entry ${i + 1} of "techniques" needs a "heading" and "steps".`);
    extras.set(
      entry.heading.trim().toLowerCase(),
      (entry.steps as Record<string, unknown>[]).map((step, j) => {
        const where = `step ${j + 1} of "${entry.heading}"`;
        if (typeof step?.starts !== 'string' || !step.starts.trim()) throw new KnowledgeError(file, `${where} needs "starts": the first words of its sentence in the article.`);
        const unknown = Object.keys(step).find((k) => !['starts', 'title', 'minutes'].includes(k));
        if (unknown) throw new KnowledgeError(file, `${where} has an unknown field "${unknown}" (allowed: starts, title, minutes).`);
        if (step.title !== undefined && typeof step.title !== 'string') throw new KnowledgeError(file, `${where}: "title" must be text.`);
        if (step.minutes !== undefined && (typeof step.minutes !== 'number' || step.minutes < 0)) throw new KnowledgeError(file, `${where}: "minutes" must be a number (0 for no timer).`);
        return { starts: step.starts.trim(), ...(step.title ? { title: (step.title as string).trim() } : {}), ...(step.minutes !== undefined ? { minutes: step.minutes as number } : {}) };
      }),
    );
  });
  return extras;
}
