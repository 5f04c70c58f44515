import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { AssertionContext } from '../../src/core/safety/assertion-context';
import { classifySafety } from '../../src/core/safety/classify-safety';

const FILE = resolve(__dirname, '../../knowledge/safety/context.yml');
const data = parse(readFileSync(FILE, 'utf8')) as { examples: { applies: string[]; 'does-not-apply': string[] } };

describe('assertion context of check-first conditions (knowledge/safety/context.yml)', () => {
  it.each(data.examples.applies)('a condition that applies now goes to the risk dialog: %s', (text) => {
    expect(classifySafety(text).level).toBe('check-first');
  });

  it.each(data.examples['does-not-apply'])('a negated, resolved, past, normal or other person\'s condition is an ordinary question: %s', (text) => {
    expect(classifySafety(text).level).toBe('none');
  });

  it('never cancels a red flag: only the rules\' own negation of that very symptom does', () => {
    expect(classifySafety('had a chest infection last month, all cleared up, but now both my legs are numb').level).toBe('emergency');
    expect(classifySafety("my dad's fine but I can't control my bladder since yesterday").level).toBe('emergency');
  });

  it('names the file and the entry of a broken pattern', () => {
    const broken = parse(readFileSync(FILE, 'utf8'));
    broken.uncertain = ['not sure ('];
    expect(() => new AssertionContext(broken, join('knowledge', 'safety', 'context.yml'))).toThrow(/context\.yml: "uncertain" has an invalid pattern/);
  });
});
