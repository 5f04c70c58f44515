import { describe, expect, it } from 'vitest';
import { createTestBot, say, textOf } from '../helpers/test-bot';

const TECHNIQUE_WORDS = /knuckle|knead|lean back|lightest-pressure|ten minutes|massager on/i;

describe('a conversation with the bot (TestAdapter)', () => {
  it('answers a question with the section, its source and follow-up buttons', async () => {
    const { adapter } = createTestBot();
    const [reply] = await say(adapter, 'what causes sciatica');
    expect(reply!.text).toContain('Piriformis syndrome');
    expect(reply!.text).toContain('From: Causes of Sciatica Pain');
    expect((reply!.entities?.[0] as any).citation[0].appearance.name).toBe('Causes of Sciatica Pain');
    expect(reply!.suggestedActions?.actions.length).toBeGreaterThan(0);
  });

  it('welcomes a person who joins', async () => {
    const { adapter } = createTestBot();
    adapter.activeQueue.splice(0);
    await adapter.processActivity({
      type: 'conversationUpdate',
      membersAdded: [{ id: 'user1', name: 'User' }],
      recipient: { id: 'bot', name: 'Bot' },
    } as any);
    expect(textOf(adapter.activeQueue.splice(0))).toMatch(/Welcome!.*massage for sciatica/s);
  });

  it('gives an emergency reply and nothing about techniques for a red flag mixed with a technique question', async () => {
    const { adapter } = createTestBot();
    const replies = await say(adapter, 'my legs are both going numb, how do I use the massager?');
    const text = textOf(replies);
    expect(text).toMatch(/emergency/i);
    expect(text).not.toMatch(TECHNIQUE_WORDS);
  });

  // A red flag in words no rule spells out: only the learned net suspects it, so it is asked
  // about (with what to do if yes), never declared, and never answered with a technique first.
  const SUSPECTED = 'ok this is weird but when i do a number 2 i dont feel anything anymore, cant tell when ive finished. how do i use the massager';

  it('asks the red-flag questions first when only the learned net suspects one, and says to get help now if any is yes', async () => {
    const { adapter } = createTestBot();
    const replies = await say(adapter, SUSPECTED);
    expect(replies).toHaveLength(1);
    expect(replies[0]!.text).toMatch(/^Before I answer, a few quick questions/);
    expect(replies[0]!.text).toMatch(/If any of these is yes, please get emergency medical help now/);
    expect(replies[0]!.text).toMatch(/thoughts of harming yourself.*988/);
    expect(replies[0]!.text).not.toMatch(TECHNIQUE_WORDS);
    expect(replies[0]!.suggestedActions?.actions.map((a) => a.title)).toEqual(['Yes', 'No']);
    expect(textOf(await say(adapter, 'yes'))).toMatch(/^Please get emergency medical help now/);
  });

  it('answers the question once the suspected red flag is ruled out', async () => {
    const { adapter } = createTestBot();
    await say(adapter, SUSPECTED);
    const replies = await say(adapter, 'no');
    expect(replies[0]!.text).toMatch(/^Thank you. If any of those start, get emergency help/);
    expect(textOf(replies.slice(1))).toMatch(/massager/i);
  });

  it('never opens with an emergency directive for ordinary sciatica described', async () => {
    for (const text of ['pain shoots down the back of my leg, is that sciatica', 'shooting pain down one leg', 'tingling in my foot that comes and goes', 'its worse when i sit']) {
      const { adapter } = createTestBot();
      const [first] = await say(adapter, text);
      expect(first!.text, text).not.toMatch(/^Please (get emergency|contact a doctor today)/);
    }
  });

  it('routes a named condition to the risk dialog with provider advice in the first reply', async () => {
    const { adapter } = createTestBot();
    const replies = await say(adapter, "I'm pregnant, how do I use the massager?");
    expect(replies[0]!.text).toMatch(/doctor|healthcare provider/i);
    expect(textOf(replies)).toMatch(/prenatal massage therapist/i);
    expect(textOf(replies)).toMatch(/general information, not medical advice/i);
  });

  it('asks which conditions apply when none was named, and tailors the advice to the answer', async () => {
    const { adapter } = createTestBot();
    const first = await say(adapter, 'is massage safe for me?');
    expect(first[0]!.text).toMatch(/doctor|healthcare provider/i);
    const buttons = JSON.stringify(first);
    expect(buttons).toMatch(/pregnant/i);
    expect(buttons).toMatch(/none of these/i);
    const second = await say(adapter, 'high blood pressure');
    expect(textOf(second)).toMatch(/blood pressure/i);
    expect(textOf(second)).toMatch(/bladder|bowel/i);
    const third = await say(adapter, 'no');
    expect(textOf(third)).toMatch(/If any of those ever start, get emergency help/);
    // The dialog is over: an ordinary question is answered from the article.
    const after = await say(adapter, 'how long can I use the body massager?');
    expect(textOf(after)).toContain('From: Try a Body Massager');
  });

  it('"none of these" gets encouragement, the at-home techniques and the reminder to check with the healthcare team', async () => {
    const { adapter } = createTestBot();
    await say(adapter, 'is it safe for me to get a massage?');
    const replies = await say(adapter, 'None of these');
    expect(textOf(replies)).toMatch(/home/i);
    expect(textOf(replies)).toMatch(/healthcare/i);
  });

  it('answers a new question asked in the middle of the dialog instead of swallowing it', async () => {
    const { adapter } = createTestBot();
    await say(adapter, 'is massage safe for me?');
    const replies = await say(adapter, 'what causes sciatica?');
    expect(textOf(replies)).toContain('From: Causes of Sciatica Pain');
  });

  it('lets a red flag inside the dialog win', async () => {
    const { adapter } = createTestBot();
    await say(adapter, 'is massage safe for me?');
    const replies = await say(adapter, "I can't control my bladder since yesterday");
    expect(textOf(replies)).toMatch(/emergency/i);
    expect(textOf(replies)).not.toMatch(TECHNIQUE_WORDS);
  });

  it('takes "yes" to the red-flag question as an emergency', async () => {
    const { adapter } = createTestBot();
    await say(adapter, "I'm pregnant");
    const replies = await say(adapter, 'yes');
    expect(textOf(replies)).toMatch(/emergency/i);
  });

  it('keeps the dialog on the stack while it waits and clears it when it ends', async () => {
    const { adapter, storage } = createTestBot();
    const key = 'test/conversations/Convo1/';
    const stack = async () => ((await storage.read([key]))[key]?.dialogState?.dialogStack ?? []) as unknown[];
    await say(adapter, "I'm pregnant");
    expect(await stack()).toHaveLength(1);
    await say(adapter, 'no');
    expect(await stack()).toEqual([]);
  });

  it('replies to small talk', async () => {
    const { adapter } = createTestBot();
    expect(textOf(await say(adapter, 'hello'))).toMatch(/massage for sciatica/);
    expect(textOf(await say(adapter, 'thank you!'))).toMatch(/welcome/i);
  });
});
