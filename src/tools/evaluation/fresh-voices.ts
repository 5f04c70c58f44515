import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { answersWith, describe } from './held-out';
import type { Route } from './route';

/**
 * Question sets written by people (or helpers) who saw only the article: never trained on,
 * never tuned on. Each item says what the first reply should be.
 */
export type FreshExpectation = 'fallback' | 'small-talk' | 'check-first' | 'ordinary' | 'emergency' | 'crisis' | { heading: string };

export interface FreshItem {
  text: string;
  expect: FreshExpectation;
  /** For `ordinary`: the section that answers it, when there is one. */
  section?: string;
}

export interface FreshSet {
  file: string;
  items: FreshItem[];
}

const KINDS = new Set(['fallback', 'small-talk', 'check-first', 'ordinary', 'emergency', 'crisis']);

export function readFreshSets(folder: string): FreshSet[] {
  return readdirSync(folder)
    .filter((f) => f.endsWith('.yml'))
    .sort()
    .map((file) => {
      const doc = parse(readFileSync(join(folder, file), 'utf8')) as { text: string; expect: string; section?: string }[];
      const items = doc.map(({ text, expect, section }) => ({
        text,
        expect: KINDS.has(expect) ? (expect as FreshExpectation) : { heading: expect.trim() },
        ...(section ? { section: section.trim() } : {}),
      }));
      return { file, items };
    });
}

/** What one fresh set scored, by what its items expect: [right, of] for each. */
export type FreshScore = { file: string; figures: Record<string, [number, number]>; misses: { question: string; expected: string; got: string }[] };

const nameOf = (e: FreshExpectation) => (typeof e === 'string' ? e : 'in-scope');

export function scoreFreshSet(set: FreshSet, route: (text: string) => Route): FreshScore {
  const score: FreshScore = { file: set.file, figures: {}, misses: [] };
  for (const item of set.items) {
    const got = route(item.text);
    const right = isRight(item, got);
    const figure = (score.figures[nameOf(item.expect)] ??= [0, 0]);
    figure[1]++;
    if (right) figure[0]++;
    else score.misses.push({ question: item.text, expected: typeof item.expect === 'string' ? item.expect : item.expect.heading, got: describe(got) });
  }
  return score;
}

function isRight({ expect, section }: FreshItem, got: Route): boolean {
  if (typeof expect !== 'string') return answersWith(got, [expect.heading]);
  switch (expect) {
    case 'fallback':
      return got.kind === 'fallback';
    case 'small-talk':
      // As the held-out dialog acts count it: no article section and no safety reply.
      return got.kind === 'small-talk' || got.kind === 'fallback';
    case 'check-first':
      return got.kind === 'safety' && !got.asksRedFlags;
    case 'ordinary':
      // Answered as an ordinary question: no safety reply, and its section when it has one.
      return got.kind !== 'safety' && (!section || answersWith(got, [section]));
    case 'emergency':
      return got.kind === 'safety' && (got.level === 'emergency' || got.asksRedFlags === true);
    case 'crisis':
      return got.kind === 'safety' && got.level === 'crisis';
  }
}
