import { describe, expect, it } from 'vitest';
import { MAX_QUERY_CHARS, normaliseText } from '../../src/core/text/normalise';

describe('normaliseText', () => {
  it.each([
    ['<at>Sciatica Bot</at> what causes it?', 'what causes it?'],
    ['What’s  the BEST way?', "what's the best way?"],
    ['massager — how “long”', 'massager - how "long"'],
    ['<p>hello <b>there</b></p>', 'hello there'],
    ['back pain 😩🙏 help', 'back pain help'],
    ['tab\tand\u0000control\u0007chars', 'tab and control chars'],
    ['lone \ud800 surrogate', 'lone surrogate'],
    ['fish &amp; chips', 'fish & chips'],
  ])('%j -> %j', (raw, expected) => {
    expect(normaliseText(raw)).toBe(expected);
  });

  it('cuts very long input to a sane length', () => {
    expect(normaliseText('massage '.repeat(20_000)).length).toBeLessThanOrEqual(MAX_QUERY_CHARS);
  });
});
