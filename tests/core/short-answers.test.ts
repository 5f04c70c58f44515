import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { replyActivity, CITATION_LIMITS, cutAtWord } from '../../src/bot/reply-activity';
import { Assistant } from '../../src/core/assistant';
import { loadKnowledge } from '../../src/core/knowledge/load-knowledge';
import { parseArticle } from '../../src/core/knowledge/parse-markdown';
import { Matcher } from '../../src/core/matching/matcher';
import { MAX_FIRST_MESSAGE, SHOW_WHOLE_SECTION, visibleLength, wholeSectionMessage } from '../../src/core/replies/answer-wording';
import type { Reply } from '../../src/core/replies/reply';
import { WholeSections } from '../../src/core/replies/whole-section';
import { checkKnowledge } from '../../src/tools/check-knowledge';
import { COMMON_QUESTIONS } from '../fixtures/common-questions';
import { createTestBot, say, textOf } from '../helpers/test-bot';
import { DialogActRecogniser } from '../../src/core/understanding/dialog-acts';

const KNOWLEDGE = resolve(__dirname, '../../knowledge');
const knowledge = loadKnowledge(KNOWLEDGE);
const assistant = new Assistant(knowledge, new Matcher(knowledge), DialogActRecogniser.forKnowledge(knowledge));
const wholeSections = new WholeSections(knowledge);
const section = (heading: string) => knowledge.sections.find((s) => s.heading === heading)!;

const TEN_MINUTES = 'Enjoy for up to ten minutes per session. If necessary, feel free to repeat a few times throughout the day.';
const PROMOTION = /check out the MedMassager Body Massager Plus today|learn more about its many uses here/;


function knowledgeCopy(edit: (markdown: string) => string, editSidecar: (yaml: string) => string = (y) => y): string {
  const dir = mkdtempSync(join(tmpdir(), 'short-answers-'));
  cpSync(KNOWLEDGE, dir, { recursive: true });
  const article = join(dir, 'massage-for-sciatica-pain.md');
  writeFileSync(article, edit(readFileSync(article, 'utf8')));
  const sidecar = join(dir, 'massage-for-sciatica-pain.qna.yml');
  writeFileSync(sidecar, editSidecar(readFileSync(sidecar, 'utf8')));
  return dir;
}

describe('a short answer first', () => {
  it('"how long should I use a body massager" gets the ten-minutes item, under the sentence that leads into its list', () => {
    const { reply } = assistant.respond('how long should I use a body massager');
    expect(reply.source?.heading).toBe('Try a Body Massager');
    expect(reply.text).toContain(`- ${TEN_MINUTES}`);
    expect(reply.text.indexOf('Here’s how to use a body massager to relieve lower back tension:')).toBeLessThan(reply.text.indexOf(TEN_MINUTES));
    // Chosen, not the whole list: the first steps are one click away.
    expect(reply.text).not.toContain('Have a seat in a chair');
    expect(reply.excerpt?.whole).toBe(false);
    expect(reply.excerpt?.chosen.map((c) => c.text)).toContain(TEN_MINUTES);
    expect(reply.action).toEqual({ title: SHOW_WHOLE_SECTION, message: 'Show the whole section: Try a Body Massager' });
  });

  it.each(COMMON_QUESTIONS)('"%s" lands on its section with a first message of at most about 350 characters', (question, heading) => {
    const { reply } = assistant.respond(question);
    expect(reply.source?.heading).toBe(heading);
    expect(visibleLength(reply.text)).toBeLessThanOrEqual(MAX_FIRST_MESSAGE);
    expect(reply.text).toMatch(new RegExp(`\\n\\nFrom: ${heading === section(heading).document ? '“' : heading.replace(/[?()]/g, '\\$&')}`));
  });

  it('every sentence it shows is the article\'s own, word for word', () => {
    for (const s of knowledge.sections) {
      for (const question of s.questions) {
        const { reply } = assistant.respond(question);
        if (reply.kind !== 'answer' || !reply.excerpt) continue;
        const owner = section(reply.source!.heading);
        // Its text, or the headings of its sub-sections where the text leads into them.
        const own = `${owner.body}\n${knowledge.sections.map((x) => x.heading).join('\n')}`;
        for (const chosen of reply.excerpt.chosen) expect(own).toContain(chosen.text);
      }
    }
  });

  it('keeps the owner\'s "always show" caution in every short answer of its section', () => {
    const { reply } = assistant.respond('how can I try massage at home?');
    expect(reply.text).toContain('(Note: Be sure to avoid massaging directly over your spine or on any other bony parts of your body.)');
  });

  it('says when a list goes on, so a cut list of cautions never reads as the whole list', () => {
    const { reply } = assistant.respond('are there any risks to massage for sciatica?');
    expect(reply.excerpt?.whole).toBe(false);
    expect(reply.text).toMatch(/…and \d more in the whole section/);
  });

  it('gives a section short enough whole, with no button for it', () => {
    const { reply } = assistant.respond('does massage help with muscle spasms?');
    expect(reply.text).toContain(section('Massage Relieves Tight Muscles (and May Even Help with Spasms)').body);
    expect(reply.action).toBeUndefined();
  });
});

describe('"Show the whole section"', () => {
  it('returns the full text of the section, every list item in order, and its source', () => {
    const whole = wholeSections.replyFor(wholeSectionMessage(section('Try a Body Massager')));
    expect(whole?.reply.text).toContain(section('Try a Body Massager').body);
    expect(whole?.reply.text).toMatch(/- Have a seat[^]*- Turn the massage tool[^]*- Align it[^]*- After those[^]*- Enjoy for up to ten minutes/);
    expect(whole?.reply.text).toMatch(/From: Try a Body Massager, in “Massage for Sciatica Pain: Benefits & How To Get Started”$/);
  });

  it('is recognised only as the exact button message with a known heading', () => {
    expect(wholeSections.sectionFor('Show the whole section: Try a Body Massager')?.heading).toBe('Try a Body Massager');
    expect(wholeSections.sectionFor('show the whole section:   try a body massager ')?.heading).toBe('Try a Body Massager');
    expect(wholeSections.sectionFor('Show the whole section: my calf is swollen')).toBeUndefined();
    expect(wholeSections.sectionFor('Show the whole section')).toBeUndefined();
    expect(wholeSections.sectionFor('how long should I use a body massager')).toBeUndefined();
  });

  it('through the bot: the click after a short answer gives the full section, the risks section included, not the risk dialog', async () => {
    const { adapter, events } = createTestBot();
    const [short] = await say(adapter, 'are there any risks to massage for sciatica?');
    const button = short!.suggestedActions!.actions[0]!;
    expect(button.title).toBe(SHOW_WHOLE_SECTION);
    const replies = await say(adapter, String(button.value));
    const risks = section('Are There Any Risks to Trying Massage for Sciatica Pain?');
    expect(textOf(replies)).toContain(risks.body);
    expect(textOf(replies)).not.toMatch(/Do any of these apply to you/);
    expect(events.at(-1)).toMatchObject({ kind: 'whole-section', sectionId: risks.id });
  });

  it('anything typed beyond the button message is free text, read by the safety check', async () => {
    const { adapter } = createTestBot();
    const replies = await say(adapter, 'Show the whole section: Try a Body Massager, my legs are both going numb');
    expect(textOf(replies)).toMatch(/emergency/i);
    expect(textOf(replies)).not.toContain(TEN_MINUTES);
  });
});

describe('lines the content owner marks "omit"', () => {
  it('never appear: not in any short answer, whole section, or citation', () => {
    expect(section('The Takeaway on Massage Therapy and Sciatica').omitted).toEqual([
      'To get started with soothing self-care in the comfort of your own home, check out the MedMassager Body Massager Plus today. Or, learn more about its many uses here.',
    ]);
    const replies: Reply[] = [];
    for (const s of knowledge.sections) {
      replies.push(wholeSections.replyFor(wholeSectionMessage(s))!.reply);
      for (const question of [s.heading, ...s.questions]) replies.push(assistant.respond(question).reply);
    }
    for (const reply of replies) {
      expect(reply.text).not.toMatch(PROMOTION);
      expect(JSON.stringify(replyActivity(reply, { channelId: 'msteams' }))).not.toMatch(PROMOTION);
    }
  });

  it('take a paragraph or one list item out; an unfinished mark is an error naming its line', () => {
    const parsed = parseArticle('a.md', '# Title\n\nKept.\n\n<!-- omit: a call to buy -->\nBuy now.\n\n- one\n<!-- omit -->\n- two\n- three\n');
    expect(parsed.sections[0]!.body).toBe('Kept.\n\n- one\n- three');
    expect(parsed.sections[0]!.omitted).toEqual(['Buy now.', 'two']);
    expect(() => parseArticle('a.md', '# Title\n\nKept.\n\n<!-- omit -->\n')).toThrow(/a\.md.*"<!-- omit -->" mark on line 5 has no paragraph/);
  });

  it('kb:check warns on a link with no target in what people are shown, and not on the shipped article', () => {
    expect(checkKnowledge(KNOWLEDGE).warnings).toEqual([]);
    const unmarked = knowledgeCopy((md) => md.replace(/<!-- omit: a call to buy[^\n]*\n/, ''));
    expect(checkKnowledge(unmarked).warnings).toEqual([
      expect.objectContaining({ section: 'The Takeaway on Massage Therapy and Sciatica', problem: expect.stringMatching(/its many uses here\." but links nowhere/) }),
    ]);
    const emptyLink = knowledgeCopy((md) => md.replace('according to the Cleveland Clinic', 'according to the [Cleveland Clinic]()'));
    expect(checkKnowledge(emptyLink).warnings).toEqual([expect.objectContaining({ problem: expect.stringContaining('links "Cleveland Clinic" to nothing') })]);
  });
});

describe('sources you can open', () => {
  it('the shipped article: its title from the front matter, no link or date (the source copy gives none)', () => {
    expect(section('Causes of Sciatica Pain').article).toEqual({ title: 'Massage for Sciatica Pain: Benefits & How To Get Started' });
    const { reply } = assistant.respond('what causes sciatica?');
    expect(reply.source).toMatchObject({ title: 'Massage for Sciatica Pain: Benefits & How To Get Started' });
    expect(reply.source?.url).toBeUndefined();
    expect(reply.text).not.toMatch(/\]\(/);
  });

  it('with a link, a date and a section anchor: the heading opens its place on the page, the title the page', () => {
    const folder = knowledgeCopy(
      (md) => md.replace('title: "Massage for Sciatica Pain: Benefits & How To Get Started"', 'title: "Massage for Sciatica Pain: Benefits & How To Get Started"\nurl: https://example.org/massage-for-sciatica\npublished: 2024-05-31'),
      (yaml) => yaml.replace('  - heading: Causes of Sciatica Pain\n', '  - heading: Causes of Sciatica Pain\n    anchor: "#causes"\n'),
    );
    const kb = loadKnowledge(folder);
    const { reply } = new Assistant(kb, new Matcher(kb), DialogActRecogniser.forKnowledge(kb)).respond('what causes sciatica?');
    expect(reply.text).toMatch(/From: \[Causes of Sciatica Pain\]\(https:\/\/example\.org\/massage-for-sciatica#causes\), in \[Massage for Sciatica Pain: Benefits & How To Get Started\]\(https:\/\/example\.org\/massage-for-sciatica\) \(published 31 May 2024\)$/);
    expect(visibleLength(reply.text)).toBeLessThanOrEqual(MAX_FIRST_MESSAGE);
    const citation = (replyActivity(reply, { channelId: 'msteams' }).entities![0] as unknown as { citation: { appearance: { url?: string } }[] }).citation[0]!;
    expect(citation.appearance.url).toBe('https://example.org/massage-for-sciatica#causes');
    expect(checkKnowledge(folder).warnings).toEqual([]);
  });

  it('front matter mistakes are errors that name the field', () => {
    expect(() => parseArticle('a.md', '---\npubished: 2024-05-31\n---\n# T\n\nText.\n')).toThrow(/unknown field "pubished"/);
    expect(() => parseArticle('a.md', '---\npublished: 31/05/2024\n---\n# T\n\nText.\n')).toThrow(/"published" must be a date like 2024-05-31/);
    expect(() => parseArticle('a.md', '---\nurl: example.org\n---\n# T\n\nText.\n')).toThrow(/"url" must start with http/);
    expect(() => parseArticle('a.md', '---\ntitle: T\n# T\n\nText.\n')).toThrow(/never closed/);
  });
});

describe('the Teams citation, within the documented limits (name <= 80, abstract <= 160, keywords <= 3 of <= 28)', () => {
  const citationOf = (reply: Reply) =>
    (replyActivity(reply, { channelId: 'msteams' }).entities![0] as unknown as { citation: { appearance: { name: string; abstract: string; keywords: string[] } }[] }).citation[0]!.appearance;

  it('for every answer of every section, short or whole', () => {
    for (const s of knowledge.sections) {
      for (const reply of [assistant.respond(s.questions[0]!).reply, wholeSections.replyFor(wholeSectionMessage(s))!.reply]) {
        const appearance = citationOf(reply);
        expect(appearance.name.length).toBeLessThanOrEqual(CITATION_LIMITS.name);
        expect(appearance.abstract.length).toBeLessThanOrEqual(CITATION_LIMITS.abstract);
        expect(appearance.keywords.length).toBeLessThanOrEqual(CITATION_LIMITS.keywords);
        for (const k of appearance.keywords) expect(k.length).toBeLessThanOrEqual(CITATION_LIMITS.keyword);
        // The abstract is the answer, not the "From:" line, and no markdown.
        expect(appearance.abstract).not.toMatch(/From:|\*|_|^- /);
      }
    }
  });

  it('cuts the article title to "Massage for Sciatica Pain", on a word, not "Massage for Sciatica Pain: B"', () => {
    expect(citationOf(assistant.respond('what causes sciatica?').reply).keywords).toEqual(['Massage for Sciatica Pain']);
  });

  it('cuts long text after a whole word, within the limit', () => {
    const abstract = citationOf(wholeSections.replyFor(wholeSectionMessage(section('Are There Any Risks to Trying Massage for Sciatica Pain?')))!.reply).abstract;
    expect(abstract.length).toBeLessThanOrEqual(160);
    expect(abstract.length).toBeGreaterThan(120);
    expect('There are some occasions when it’s best to refrain from massage until you get a chance to check with your doctor. These include times when you: Have certain health conditions').toContain(abstract.replace(/…$/, ''));
    expect(cutAtWord('Massage for Sciatica Pain: Benefits & How To Get Started', 28)).toBe('Massage for Sciatica Pain');
    expect(cutAtWord('Short', 28)).toBe('Short');
    expect(cutAtWord('Averyveryverylongwordwithoutanyspaces', 10)).toHaveLength(10);
  });
});
