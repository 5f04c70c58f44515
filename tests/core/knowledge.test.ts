import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/core/knowledge/load-knowledge';
import { Matcher } from '../../src/core/matching/matcher';

const KNOWLEDGE = resolve(__dirname, '../../knowledge');
const ARTICLE = readFileSync(join(KNOWLEDGE, 'massage-for-sciatica-pain.md'), 'utf8');
const kb = loadKnowledge(KNOWLEDGE);

describe('the article as the knowledge base', () => {
  it('has exactly the article\'s sections, in order, at their levels', () => {
    expect(kb.sections.map((s) => [s.level, s.heading])).toEqual([
      [1, 'Massage for Sciatica Pain: Benefits & How To Get Started'],
      [2, 'Causes of Sciatica Pain'],
      [2, 'How Does Massage Help Sciatica?'],
      [3, 'Massage Can Soothe Pain'],
      [3, 'Massage Relieves Tight Muscles (and May Even Help with Spasms)'],
      [2, 'Are There Any Risks to Trying Massage for Sciatica Pain?'],
      [2, 'How to Try Massage for Sciatica At Home'],
      [3, 'Hands-On Low Back Massage'],
      [3, 'Try a Body Massager'],
      [2, 'The Takeaway on Massage Therapy and Sciatica'],
    ]);
  });

  it('keeps each section\'s own text, with bullet lists as lists', () => {
    const byHeading = new Map(kb.sections.map((s) => [s.heading, s.body]));
    expect(byHeading.get('Causes of Sciatica Pain')).toContain('- A herniated disc\n- Bone spurs\n- Arthritis\n- Injuries\n- Piriformis syndrome');
    expect(byHeading.get('Try a Body Massager')).toContain('- Enjoy for up to ten minutes per session.');
    expect(byHeading.get('Are There Any Risks to Trying Massage for Sciatica Pain?')).toContain('certified prenatal massage therapist');
    expect(byHeading.get('How Does Massage Help Sciatica?')).not.toContain('endorphins');
    expect(byHeading.get('Massage for Sciatica Pain: Benefits & How To Get Started')).toMatch(/^When your sciatic nerve gets pinched/);
  });

  it('leaves out the page chrome', () => {
    expect(ARTICLE).not.toMatch(/Reading next|Middle Back Pain|^back pain$/m);
    expect(kb.sections.every((s) => !/Reading next/.test(s.body))).toBe(true);
  });

  it('gives every section alternate questions and keywords from its sidecar file', () => {
    for (const section of kb.sections) {
      expect(section.questions.length, section.heading).toBeGreaterThanOrEqual(5);
      expect(section.keywords.length, section.heading).toBeGreaterThan(0);
    }
    expect(kb.synonyms.get('slipped disk')).toBe('herniated disc');
    expect(kb.synonyms.get('hypertension')).toBeUndefined();
  });
});

describe('loading a knowledge folder', () => {
  const folder = (files: Record<string, string>) => {
    const dir = mkdtempSync(join(tmpdir(), 'kb-'));
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, name)), { recursive: true });
      writeFileSync(join(dir, name), text);
    }
    return dir;
  };

  it('adds any further .md article with no code change', () => {
    const dir = folder({
      'a.md': '# First\n\nIntro.\n\n## One\n\nText one.',
      'b.md': '# Second article\n\nMore.\n\n## Two\n\n- a list\n- of things',
    });
    expect(loadKnowledge(dir).sections.map((s) => s.heading)).toEqual(['First', 'One', 'Second article', 'Two']);
  });

  it('reads example questions from examples/, each under its heading or as not covered', () => {
    const dir = folder({
      'a.md': '# Fruit\n\nIntro.\n\n## Bananas\n\nBananas are yellow.',
      'examples/asked.yml': '# a comment\nanswered:\n  "bananas":\n    - the curvy yellow one?  # as typed\n    - "what\'s \\"yellow\\": the skin?"\n\nnot-covered:\n  - \'how do I fix my bike\'\'s chain\'',
    });
    expect(loadKnowledge(dir).examples).toEqual([
      { question: 'the curvy yellow one?', heading: 'Bananas', file: 'examples/asked.yml' },
      { question: 'what\'s "yellow": the skin?', heading: 'Bananas', file: 'examples/asked.yml' },
      { question: "how do I fix my bike's chain", file: 'examples/asked.yml' },
    ]);
  });

  it('maps a synonym phrase of any length, not just short ones', () => {
    const dir = folder({
      'a.md': '# Title\n\nIntro.\n\n## Bananas\n\nBananas are yellow fruit.\n\n## Kiwis\n\nKiwis are green and furry.',
      'synonyms.yml': 'bananas: [what primates peel open before their snack time]',
    });
    const ranked = new Matcher(loadKnowledge(dir)).match('tell me about what primates peel open before their snack time').ranked;
    expect(ranked[0]?.section.heading).toBe('Bananas');
  });

  it.each([
    [{ 'a.md': 'text before a heading\n# Title' }, /a\.md: line 1 has text before the first heading/],
    [{ 'a.md': '## Not a title\n\ntext' }, /a\.md: the first heading must be the title/],
    [{ 'a.md': '# T\n\nx\n\n## Same\n\ny\n\n## Same\n\nz' }, /a\.md: the heading "Same" appears twice/],
    [{ 'a.md': '# T\n\nx\n\n## Empty\n' }, /a\.md: the section "Empty" has no text/],
    [{ 'a.md': '# T\n\nx', 'a.qna.yml': 'sections: [oops' }, /a\.qna\.yml: is not valid YAML/],
    [{ 'a.md': '# T\n\nx', 'a.qna.yml': 'sections:\n  - heading: Nope\n    questions: [q]' }, /a\.qna\.yml: .*no section of the article is headed "Nope"/],
    [{ 'a.md': '# T\n\nx', 'a.qna.yml': 'sections:\n  - heading: T\n    question: [typo]' }, /a\.qna\.yml: .*unknown field "question"/],
    [{ 'a.md': '# T\n\nx', 'synonyms.yml': 'disc: slipped disc' }, /synonyms\.yml: "disc" must be followed by a list/],
    [{ 'notes.txt': 'hello' }, /holds no \.md article/],
    [{ 'a.md': '# T\n\nx', 'examples/e.yml': 'answered:\n  Nope:\n    - q' }, /examples\/e\.yml: line 2: "answered:" names "Nope", which is not a heading/],
    [{ 'a.md': '# T\n\nx', 'examples/e.yml': 'asked:\n  - q' }, /examples\/e\.yml: line 1: unknown field "asked"/],
    [{ 'a.md': '# T\n\nx', 'examples/e.yml': 'not-covered: just one line' }, /examples\/e\.yml: line 1: "not-covered:" must be followed by a list/],
    [{ 'a.md': '# T\n\nx', 'examples/e.yml': 'not-covered:\n  - "unclosed' }, /examples\/e\.yml: line 2: the quoted text "unclosed is not closed/],
    [{ 'a.md': '# T\n\nx', 'examples/e.yml': 'answered:\n    - a question with no heading' }, /examples\/e\.yml: line 2: a question must come under/],
    [{ 'a.md': '# Same\n\nx', 'b.md': '# Same\n\ny' }, /b\.md: the heading "Same" is also used in a\.md/],
  ])('stops with the file and the problem named (%#)', (files, message) => {
    expect(() => loadKnowledge(folder(files))).toThrow(message);
  });
});
