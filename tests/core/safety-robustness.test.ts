import { describe, expect, it } from 'vitest';
import { classifySafety } from '../../src/core/safety/classify-safety';
import type { SafetyLevel } from '../../src/core/safety/safety-level';
import { CHECK_FIRST, CRISIS, EMERGENCY, HARMLESS, URGENT } from '../../src/core/safety/labelled-messages';
import { seededRandom, typoChanges } from '../helpers/mistype';

/**
 * Someone in trouble types in a hurry. Each safety message is changed the way people change
 * them (a typo in its first long word, a courtesy around it, caps lock) and must keep its
 * level or a higher one; harmless questions changed the same way must stay harmless.
 * Seeded, so a failure is reproducible. Some fixtures already carry a typo ("pregant"), so a
 * second one may be too much: the bar is 95%, per set and per change.
 */
const random = seededRandom(99);

const CHANGES: [string, (q: string) => string][] = [
  ...typoChanges(random, 6),
  ['a courtesy before it', (q) => `hey, sorry to bother you but ${q}`],
  ['thanks after it', (q) => `${q} thanks in advance`],
  ['caps lock', (q) => q.toUpperCase()],
];
const RANK: Record<SafetyLevel, number> = { none: 0, 'check-first': 1, crisis: 2, urgent: 3, emergency: 4 };
const SETS: [string, readonly string[], SafetyLevel][] = [
  ['emergency', EMERGENCY, 'emergency'],
  ['urgent', URGENT, 'urgent'],
  ['crisis', CRISIS, 'crisis'],
  ['check-first', CHECK_FIRST.map(([q]) => q), 'check-first'],
];
const cases = CHANGES.flatMap(([change, f]) => SETS.map(([set, messages, level]) => [set, change, messages.map(f), level] as const));

describe('a red flag typed in a hurry is still a red flag', () => {
  it.each(cases)('%s messages, %s: at least 95%% keep their level', (_set, _change, messages, level) => {
    const lost = messages.filter((m) => RANK[classifySafety(m).level] < RANK[level]);
    expect(lost.length / messages.length, lost.join('\n')).toBeLessThanOrEqual(0.05);
  });

  it.each(CHANGES)('harmless questions, %s: at least 97%% stay harmless', (_change, f) => {
    const flagged = HARMLESS.map(f).filter((m) => classifySafety(m).level !== 'none');
    expect(flagged.length / HARMLESS.length, flagged.join('\n')).toBeLessThanOrEqual(0.03);
  });
});

describe('a red flag at the end of a long story', () => {
  const story = 'I have had sciatica on and off for years and I manage it with stretches, a foam roller and walking the dog. '.repeat(8);

  it.each([
    ['when I wipe it feels numb and my inner thighs feel odd', 'emergency'],
    ['I have been saving up my tablets and I think about not waking up', 'crisis'],
    ['my temperature has been 39 since yesterday', 'urgent'],
  ] as const)('still finds "%s" after a story of over 800 characters', (flag, level) => {
    expect(story.length).toBeGreaterThan(800);
    expect(classifySafety(`${story} Oh, and ${flag}. How long should I use the massager?`).level).toBe(level);
  });
});
