import type { Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { createTestBot, textOf } from '../helpers/test-bot';

const USER = { id: 'dl_user-1', name: 'You' };
const BOT = { id: 'bot', name: 'Sciatica Massage Guide' };

async function turn(adapter: any, activity: Partial<Activity>) {
  adapter.activeQueue.splice(0);
  await adapter.processActivity({ channelId: 'directline', from: USER, recipient: BOT, conversation: { id: 'dl-conv' }, ...activity });
  return adapter.activeQueue.splice(0) as Partial<Activity>[];
}

describe('the web chat welcome', () => {
  it('greets once when the page joins, with the sample questions as buttons', async () => {
    const { adapter } = createTestBot();
    const replies = await turn(adapter, { type: 'event', name: 'webchat/join', value: { language: 'en-GB' } });
    expect(replies).toHaveLength(1);
    expect(textOf(replies)).toMatch(/^Welcome! I'm the Sciatica Massage Guide/);
    expect(textOf(replies)).toContain('not medical advice');
    expect(replies[0]!.suggestedActions!.actions.map((a) => a.title)).toContain('What causes sciatica?');
  });

  it.each(['directline', 'webchat'])('does not greet a second time on Direct Line\'s own conversationUpdate (%s)', async (channelId) => {
    const { adapter } = createTestBot();
    const replies = await turn(adapter, { type: 'conversationUpdate', channelId, membersAdded: [BOT, USER] });
    expect(replies).toEqual([]);
  });
});
