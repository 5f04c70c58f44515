import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { TestAdapter } from 'botbuilder';
import { afterEach, describe, expect, it } from 'vitest';
import { buildBot } from '../../src/build-bot';
import { loadKnowledge } from '../../src/core/knowledge/load-knowledge';
import { loadTechniques } from '../../src/core/knowledge/techniques';
import { loadWalkthroughCues } from '../../src/core/knowledge/walkthrough-cues';
import { createLogger } from '../../src/logger';
import { say, textOf } from '../helpers/test-bot';

const KNOWLEDGE = resolve(__dirname, '../../knowledge');
const ARTICLE = 'massage-for-sciatica-pain.md';
const folders: string[] = [];

/** A copy of the knowledge folder to edit, as a content owner would. */
function knowledgeCopy(): string {
  const folder = mkdtempSync(join(tmpdir(), 'knowledge-'));
  cpSync(KNOWLEDGE, folder, { recursive: true });
  folders.push(folder);
  return folder;
}

function edit(folder: string, file: string, change: (text: string) => string) {
  const path = join(folder, file);
  const before = readFileSync(path, 'utf8');
  const after = change(before);
  expect(after, `the edit of ${file} changed nothing`).not.toBe(before);
  writeFileSync(path, after);
}

function techniquesIn(folder: string) {
  const knowledge = loadKnowledge(folder);
  return loadTechniques(folder, knowledge.sections, loadWalkthroughCues(folder)!);
}

afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

describe('the steps come from the article', () => {
  it('the shipped article gives three techniques: hands-on on your own (3 steps) and with a partner (2), and a body massager (7)', () => {
    const [hands, massager] = techniquesIn(KNOWLEDGE);
    expect(hands!.section.heading).toBe('Hands-On Low Back Massage');
    expect(hands!.variants.map((v) => [v.id, v.steps.length])).toEqual([['alone', 3], ['partner', 2]]);
    expect(massager!.section.heading).toBe('Try a Body Massager');
    expect(massager!.variants.map((v) => v.steps.length)).toEqual([7]);
    // An item with two actions is two steps, each the article's sentence.
    expect(massager!.variants[0]!.steps.slice(2, 4).map((s) => s.text)).toEqual([
      'Align it with your low back muscles, and lean back into it.',
      'Allow it to gently massage your muscles for a few minutes.',
    ]);
    expect(massager!.frequency).toBe('If necessary, feel free to repeat a few times throughout the day.');
    expect(hands!.cautions[0]).toContain('avoid massaging directly over your spine');
  });

  it("editing a technique's list in the article changes its walkthrough", async () => {
    const folder = knowledgeCopy();
    edit(folder, ARTICLE, (text) =>
      text
        .replace('- Turn the massage tool on to its lightest-pressure setting.', '- Turn the massage tool on to its lowest setting. Check that the cord is out of the way.')
        .replace('- Enjoy for up to ten minutes per session.', '- Drink a glass of water afterwards.\n- Enjoy for up to ten minutes per session.'),
    );
    const massager = techniquesIn(folder)[1]!;
    const steps = massager.variants[0]!.steps.map((s) => s.text);
    expect(steps).toHaveLength(9);
    expect(steps.slice(1, 3)).toEqual(['Turn the massage tool on to its lowest setting.', 'Check that the cord is out of the way.']);
    expect(steps).toContain('Drink a glass of water afterwards.');
    expect(steps).not.toContain('Turn the massage tool on to its lightest-pressure setting.');

    // And the person sees it.
    const { bot } = buildBot({ knowledgeDir: folder, logger: createLogger({ logLevel: 'silent' }) });
    const adapter = new TestAdapter(async (context) => bot.run(context));
    await say(adapter, 'step by step how do I use the massager');
    expect(textOf(await say(adapter, 'None of these'))).toContain('Step 1 of 9');
    expect(textOf(await say(adapter, 'Next'))).toContain('Turn the massage tool on to its lowest setting.');
    expect(textOf(await say(adapter, 'Next'))).toContain('Step 3 of 9');
  });

  it('a sidecar step whose sentence is no longer in the article stops start-up, naming the file and the step', () => {
    const folder = knowledgeCopy();
    edit(folder, ARTICLE, (text) => text.replace('- Have a seat in a chair or on a couch with a high back.', '- Sit on a firm chair.'));
    expect(() => techniquesIn(folder)).toThrow(/massage-for-sciatica-pain\.walkthrough\.yml: no step of "Try a Body Massager" starts with "Have a seat"/);
  });

  it('a new article with a "Here\'s how:" list gets a walkthrough, with no code change and no sidecar', async () => {
    const folder = knowledgeCopy();
    writeFileSync(
      join(folder, 'foam-rolling.md'),
      [
        '# Foam Rolling for the Lower Back',
        '',
        'A short guide.',
        '',
        '## Foam Roller Massage',
        '',
        'A foam roller lets you massage the muscles around your hips. Here’s how:',
        '',
        '- Sit on the floor with the roller under your buttock.',
        '- Roll slowly back and forth for a few minutes. Breathe out as you roll.',
        '',
      ].join('\n'),
    );
    const roller = techniquesIn(folder).find((t) => t.section.heading === 'Foam Roller Massage')!;
    expect(roller.variants[0]!.steps.map((s) => [s.text, s.minutes])).toEqual([
      ['Sit on the floor with the roller under your buttock.', undefined],
      ['Roll slowly back and forth for a few minutes.', 3],
      ['Breathe out as you roll.', undefined],
    ]);
    const { bot } = buildBot({ knowledgeDir: folder, logger: createLogger({ logLevel: 'silent' }) });
    const adapter = new TestAdapter(async (context) => bot.run(context));
    await say(adapter, 'walk me through the foam roller massage');
    const first = textOf(await say(adapter, 'None of these'));
    expect(first).toContain('Step 1 of 3');
    expect(first).toContain('Sit on the floor with the roller under your buttock.');
  });
});

describe('the cue phrases (knowledge/walkthrough-cues.yml)', () => {
  const cues = loadWalkthroughCues(KNOWLEDGE)!;

  it('knows a request to be guided in the words people use', () => {
    for (const text of ['walk me through the low back massage', 'Step by step how do I use the massager?', 'Guide me: Try a Body Massager', 'can you talk me through it one step at a time']) {
      expect(cues.asksForWalkthrough(text), text).toBe(true);
    }
    for (const text of ['how do I use the massager?', 'what causes sciatica', 'is walking good for sciatica?']) expect(cues.asksForWalkthrough(text), text).toBe(false);
  });

  it('reads a command only when it is the whole message, courtesies aside', () => {
    expect(['Next', 'next please', 'ok, next', 'Back', 'go back', 'Repeat', 'again', 'Stop', 'cancel', "That's enough", 'that’s enough!', 'Start timer'].map((t) => cues.commandOf(t))).toEqual([
      'next', 'next', 'next', 'back', 'back', 'repeat', 'repeat', 'stop', 'stop', 'stop', 'stop', 'timer',
    ]);
    for (const text of ['should I stop if it hurts?', 'can I go back to using it tomorrow?', 'next time what should I do']) expect(cues.commandOf(text), text).toBeUndefined();
  });
});
