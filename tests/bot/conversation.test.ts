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

  it('gives the emergency reply for a red flag told in words no rule spells out (the learned net)', async () => {
    const { adapter } = createTestBot();
    const replies = await say(adapter, 'went to pee and realised i’d already gone in my pants without feeling it. back and leg have been awful all week. what massage helps nerve pain fast');
    expect(textOf(replies)).toMatch(/Please get emergency medical help now/);
    expect(textOf(replies)).not.toMatch(TECHNIQUE_WORDS);
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
