import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/core/knowledge/load-knowledge';
import { decide } from '../../src/core/matching/decide';
import { firstHeading } from '../../src/core/matching/evaluate';
import { Matcher } from '../../src/core/matching/matcher';
import { FRESH_IN_SCOPE } from '../fixtures/questions/fresh';
import { HOLDOUT_IN_SCOPE } from '../fixtures/questions/holdout';
import { IN_SCOPE } from '../fixtures/questions/labelled';
import { seededRandom, typoChanges } from '../helpers/mistype';

/**
 * People type the same question in many ways. Every question the matcher gets right is
 * changed the way people change them (a typo, a courtesy around it, caps lock) and must
 * still land on the same section. Seeded, so a failure is reproducible.
 */
const matcher = new Matcher(loadKnowledge(resolve(__dirname, '../../knowledge')));
const headingOf = (question: string) => firstHeading(decide(matcher.match(question)));

const random = seededRandom(20261124);
const pick = <T>(list: readonly T[]) => list[random(list.length)]!;

const COURTESIES_BEFORE = ['hey there, quick question: ', 'hi! so ', 'Hello, I was wondering, ', '<at>Sciatica Bot</at> ', 'sorry to bother you but ', 'Good morning. ', 'ok so my chiro said i have sciatica. '];
const COURTESIES_AFTER = [' thanks!', ' thx', ' cheers', ' :)', '?? pls help', ' ty in advance', ' 🙏'];

const CHANGES: [string, (q: string) => string][] = [
  ...typoChanges(random, 7),
  ['a greeting or story before it', (q) => pick(COURTESIES_BEFORE) + q],
  ['thanks or a plea after it', (q) => q + pick(COURTESIES_AFTER)],
  ['caps lock', (q) => q.toUpperCase()],
  ['no punctuation', (q) => q.replace(/[?.!,'’]/g, '')],
];

const answered = [...IN_SCOPE, ...HOLDOUT_IN_SCOPE, ...FRESH_IN_SCOPE].filter(([q, heading]) => headingOf(q) === heading);

describe('a question still lands on its section when typed differently', () => {
  it.each(CHANGES)('%s: at least 97%% of them', (_name, change) => {
    const moved = answered.map(([q, heading]) => [change(q), heading] as const).filter(([q, heading]) => headingOf(q) !== heading);
    expect(moved.length / answered.length, moved.map(([q]) => q).join('\n')).toBeLessThanOrEqual(0.03);
  });
});
