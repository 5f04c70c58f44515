import { expect } from 'vitest';
import { messageActivity, postActivity } from './start-app';

export type ChannelKind = 'webchat' | 'teams-personal' | 'teams-channel';
export const CHANNEL_KINDS: ChannelKind[] = ['webchat', 'teams-personal', 'teams-channel'];

const BOT = { id: '28:bot-id', name: 'Sciatica Massage Guide' };

/** A button as the person sees it: its label and what a click sends. */
interface Button {
  title: string;
  click: Record<string, unknown>;
}

/**
 * One conversation with the bot over /api/messages (expectReplies), shaped as Web Chat, Teams
 * personal chat or a Teams channel sends it: typed messages (with the @mention in a channel)
 * and button clicks (imBack text, or an Adaptive Card's Action.Submit data with no text).
 */
export class WalkthroughChat {
  last: any[] = [];
  readonly conversationId: string;

  constructor(
    private url: string,
    readonly kind: ChannelKind,
    readonly serviceUrl = 'http://127.0.0.1:9/',
    conversationId?: string,
  ) {
    this.conversationId = conversationId ?? `${kind}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
  }

  /** Talks to another instance from now on (same conversation). */
  via(url: string): this {
    this.url = url;
    return this;
  }

  async type(text: string): Promise<any[]> {
    const mention = this.kind === 'teams-channel';
    return this.post({
      text: mention ? `<at>${BOT.name}</at> ${text}` : text,
      ...(mention ? { entities: [{ type: 'mention', mentioned: BOT, text: `<at>${BOT.name}</at>` }] } : {}),
    });
  }

  /** Clicks a button of the last reply that has buttons; fails when there is none with that label. */
  async press(title: string): Promise<any[]> {
    const button = this.buttons().find((b) => b.title === title);
    expect(button, `no "${title}" button in ${this.kind}; buttons: ${this.buttons().map((b) => b.title).join(', ')}`).toBeDefined();
    return this.post(button!.click);
  }

  /** Clicks the button where the channel shows it; in Teams personal chat (three buttons) types it when it is not shown. */
  async pressOrType(title: string): Promise<any[]> {
    if (this.kind === 'teams-personal' && !this.buttons().some((b) => b.title === title)) return this.type(title);
    return this.press(title);
  }

  /** The buttons under the newest reply that has any. */
  buttons(): Button[] {
    for (const activity of [...this.last].reverse()) {
      const suggested: Button[] = (activity.suggestedActions?.actions ?? []).map((a: any) => ({ title: a.title, click: { text: a.value } }));
      const cards: Button[] = (activity.attachments ?? []).flatMap((att: any) =>
        att.contentType === 'application/vnd.microsoft.card.adaptive'
          ? (att.content.actions ?? []).map((a: any) => ({ title: a.title, click: { text: '', value: a.data } }))
          : (att.content?.buttons ?? []).filter((b: any) => b.type !== 'messageBack' || !b.value?.feedback).map((b: any) => ({ title: b.title, click: b.type === 'messageBack' ? { text: b.text, value: b.value } : { text: b.value } })),
      );
      if (suggested.length + cards.length > 0) return [...suggested, ...cards];
    }
    return [];
  }

  text(): string {
    return this.last.map((a) => a.text ?? '').join('\n');
  }

  private async post(fields: Record<string, unknown>): Promise<any[]> {
    const teams = this.kind !== 'webchat';
    const conversationType = this.kind === 'teams-channel' ? 'channel' : 'personal';
    const activity = messageActivity('', {
      channelId: teams ? 'msteams' : 'webchat',
      serviceUrl: this.serviceUrl,
      from: teams ? { id: '29:user-aad', name: 'Pat', aadObjectId: '00000000-0000-0000-0000-00000000000a' } : { id: 'web-user', name: 'You' },
      recipient: teams ? BOT : { id: 'bot', name: BOT.name },
      conversation: teams ? { id: this.conversationId, conversationType, tenantId: 'tenant-1', isGroup: conversationType !== 'personal' } : { id: this.conversationId },
      ...(teams ? { channelData: { tenant: { id: 'tenant-1' }, ...(conversationType === 'channel' ? { team: { id: '19:team-1' }, channel: { id: '19:channel-1' } } : {}) } } : {}),
      ...fields,
    });
    const response = await postActivity(this.url, activity);
    expect(response.status).toBe(200);
    this.last = response.json?.activities ?? [];
    return this.last;
  }
}
