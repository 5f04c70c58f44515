import type { Activity } from 'botbuilder';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MemoryStorage, TestAdapter } from 'botbuilder';
import { buildBot } from '../../src/build-bot';
import type { TurnEvent } from '../../src/events/turn-event';
import { createLogger } from '../../src/logger';
import { createTestBot, textOf } from '../helpers/test-bot';

const BOT = { id: '28:bot-id', name: 'Sciatica Massage Guide' };

/** A message shaped as Teams sends it. */
function teamsMessage(text: string, conversationType: 'personal' | 'channel' | 'groupChat', extra: Partial<Activity> = {}): Partial<Activity> {
  const mentioned = conversationType !== 'personal';
  return {
    type: 'message',
    channelId: 'msteams',
    text: mentioned ? `<at>${BOT.name}</at> ${text}` : text,
    from: { id: '29:user-aad', name: 'Pat', aadObjectId: '00000000-0000-0000-0000-00000000000a' },
    recipient: BOT,
    conversation: { id: `19:conv-${conversationType}`, conversationType, tenantId: 'tenant-1', isGroup: conversationType !== 'personal' } as Activity['conversation'],
    entities: mentioned ? [{ type: 'mention', mentioned: BOT, text: `<at>${BOT.name}</at>` }] : [],
    channelData: {
      tenant: { id: 'tenant-1' },
      ...(conversationType === 'channel' ? { team: { id: '19:team-1' }, channel: { id: '19:channel-1' } } : {}),
    },
    ...extra,
  };
}

async function turn(adapter: any, activity: Partial<Activity>) {
  adapter.activeQueue.splice(0);
  await adapter.processActivity(activity);
  return adapter.activeQueue.splice(0) as Partial<Activity>[];
}

describe('Microsoft Teams', () => {
  it.each(['personal', 'channel', 'groupChat'] as const)('strips the @mention before matching (%s)', async (type) => {
    const { adapter } = createTestBot();
    const replies = await turn(adapter, teamsMessage('what causes sciatica?', type));
    expect(textOf(replies)).toContain('From: Causes of Sciatica Pain');
  });

  it('renders follow-ups as suggested actions in personal chat, with the citation and feedback loop', async () => {
    const { adapter } = createTestBot();
    const [reply] = await turn(adapter, teamsMessage('how long should I use the massager', 'personal'));
    expect(reply!.suggestedActions!.actions.length).toBeGreaterThan(0);
    expect(reply!.suggestedActions!.actions.length).toBeLessThanOrEqual(3);
    expect(reply!.channelData).toEqual({ feedbackLoopEnabled: true });
    expect((reply!.entities![0] as any).citation[0].appearance.name).toBe('Try a Body Massager');
    expect(reply!.text).toContain('[1]');
  });

  it('puts follow-ups on a card in channels, and a click gives the same answer as typing', async () => {
    const { adapter } = createTestBot();
    const [reply] = await turn(adapter, teamsMessage('what causes sciatica', 'channel'));
    expect(reply!.suggestedActions).toBeUndefined();
    const button = (reply!.attachments![0]!.content as any).buttons[0];
    expect(button.type).toBe('messageBack');

    // Teams posts a messageBack click as a message with the button's text and value, no mention.
    const clicked = await turn(adapter, teamsMessage('', 'channel', { text: button.text, entities: [], value: button.value }));
    const typed = await turn(createTestBot().adapter, teamsMessage(button.text, 'channel'));
    expect(clicked[0]!.text).toBe(typed[0]!.text);
  });

  it('answers an Adaptive Card style submit that carries only a value', async () => {
    const { adapter } = createTestBot();
    const replies = await turn(adapter, teamsMessage('', 'personal', { text: undefined, value: { question: 'How do I use a body massager for sciatica?' } }));
    expect(textOf(replies)).toContain('From: Try a Body Massager');
  });

  it('welcomes a person who installs the bot in personal chat, and keeps it short in a channel', async () => {
    const personal = await turn(createTestBot().adapter, {
      ...teamsMessage('', 'personal'),
      type: 'conversationUpdate',
      text: undefined,
      membersAdded: [{ id: '29:user-aad', name: 'Pat' }],
    });
    expect(textOf(personal)).toMatch(/^Welcome! I'm the Sciatica Massage Guide/);
    const channel = await turn(createTestBot().adapter, {
      ...teamsMessage('', 'channel'),
      type: 'conversationUpdate',
      text: undefined,
      membersAdded: [BOT],
    });
    expect(textOf(channel)).toMatch(/^Hi all, I'm the Sciatica Massage Guide\. @mention me/);
    expect(textOf(channel).length).toBeLessThan(200);
  });

  it('stores a thumbs up or down from Teams\' feedback loop against the answered section', async () => {
    const { adapter, events } = createTestBot();
    const [answer] = await turn(adapter, teamsMessage('how do I massage my lower back with my hands', 'personal'));
    const invoke = async (reaction: string, replyToId: string) => {
      adapter.activeQueue.splice(0);
      await adapter.processActivity({
        ...teamsMessage('', 'personal'),
        type: 'invoke',
        name: 'message/submitAction',
        replyToId,
        value: { actionName: 'feedback', actionValue: { reaction, feedback: '{"feedbackText":"great"}' } },
      });
      return adapter.activeQueue.splice(0) as Partial<Activity>[];
    };
    const answered = events.find((e) => e.kind === 'answer') as any;
    expect(answered.sectionId).toContain('hands-on-low-back-massage');
    const response = await invoke('dislike', answer!.id!);
    expect(response[0]!.type).toBe('invokeResponse');
    expect((response[0]!.value as any).status).toBe(200);
    expect(events.filter((e) => e.kind === 'feedback').at(-1)).toMatchObject({ kind: 'feedback', reaction: 'dislike', sectionId: answered.sectionId, channel: 'msteams' });
    // What Teams' form says was wrong with a thumbs down is kept for the report, masked, once.
    expect(events.at(-1)).toMatchObject({ kind: 'feedback-comment', sectionId: answered.sectionId, text: 'great' });
    await invoke('dislike', answer!.id!);
    expect(events.filter((e) => e.kind === 'feedback' || e.kind === 'feedback-comment')).toHaveLength(2);
    // A thumbs up's text is not kept.
    const [other] = await turn(adapter, teamsMessage('what causes sciatica', 'personal'));
    adapter.activeQueue.splice(0);
    await adapter.processActivity({
      ...teamsMessage('', 'personal'),
      type: 'invoke',
      name: 'message/submitAction',
      replyToId: other!.id,
      value: { actionName: 'feedback', actionValue: { reaction: 'like', feedback: '{"feedbackText":"lovely, call 07700 900123"}' } },
    });
    expect(JSON.stringify(events)).not.toContain('lovely');
  });

  it('answers every question in the app\'s command menu (what Teams sends when one is picked)', async () => {
    const manifest = JSON.parse(readFileSync(resolve(__dirname, '../../appPackage/manifest.template.json'), 'utf8'));
    for (const command of manifest.bots[0].commandLists[0].commands as { title: string }[]) {
      const { adapter, events } = createTestBot();
      await turn(adapter, teamsMessage(command.title, 'personal'));
      expect({ command: command.title, kind: events.at(-1)?.kind }).toEqual({ command: command.title, kind: command.title === 'Help' ? 'small-talk' : 'answer' });
    }
  });

  it('answers feedback it cannot tie to an answer with 200 still, a malformed vote with 400, and other invokes with 400', async () => {
    const { adapter, events } = createTestBot();
    const invoke = async (name: string, value: unknown) => {
      const [response] = await turn(adapter, { ...teamsMessage('', 'personal'), type: 'invoke', name, replyToId: 'sent-before-a-restart', value });
      return (response!.value as { status: number }).status;
    };
    expect(await invoke('message/submitAction', { actionName: 'feedback', actionValue: { reaction: 'like' } })).toBe(200);
    expect(events.at(-1)).toMatchObject({ kind: 'feedback', reaction: 'like', channel: 'msteams' });
    expect(events.at(-1)).not.toHaveProperty('sectionId');
    expect(await invoke('message/submitAction', { actionName: 'feedback', actionValue: { reaction: 'meh' } })).toBe(400);
    expect(await invoke('composeExtension/query', {})).toBe(400);
    expect(events.filter((e) => e.kind === 'feedback')).toHaveLength(1);
  });

  it('names the section of a vote that reaches another instance of the bot (shared state, as in a scale-out)', async () => {
    const storage = new MemoryStorage();
    const events: TurnEvent[] = [];
    const instance = () => {
      const { bot } = buildBot({ knowledgeDir: resolve(__dirname, '../../knowledge'), storage, logger: createLogger({ logLevel: 'silent' }), events: { record: (e) => events.push(e) } });
      return new TestAdapter(async (context) => bot.run(context));
    };
    const [first, second] = [instance(), instance()];
    const [answer] = await turn(first, teamsMessage('how do I massage my lower back with my hands', 'personal'));
    const [response] = await turn(second, {
      ...teamsMessage('', 'personal'),
      type: 'invoke',
      name: 'message/submitAction',
      replyToId: answer!.id,
      value: { actionName: 'feedback', actionValue: { reaction: 'like' } },
    });
    expect((response!.value as { status: number }).status).toBe(200);
    expect(events.at(-1)).toMatchObject({ kind: 'feedback', reaction: 'like', sectionId: expect.stringContaining('hands-on-low-back-massage') });
  });
});
