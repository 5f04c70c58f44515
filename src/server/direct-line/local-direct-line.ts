import { randomBytes, randomUUID } from 'node:crypto';
import type { Activity } from 'botbuilder';

/** Hands one user activity to the bot and returns the bot's replies. */
export type DeliverToBot = (activity: Partial<Activity>) => Promise<Partial<Activity>[]>;

export interface LocalDirectLineOptions {
  /** A conversation nobody has touched for this long is forgotten. */
  idleMs: number;
  /** Oldest conversations are dropped past this many, so memory stays bounded. */
  maxConversations: number;
  /** Each conversation keeps at most this many activities (the watermark keeps counting). */
  maxActivities: number;
  /** All conversations together keep at most this many bytes of activities (JSON); the least recent go first. */
  maxBytes: number;
  botName: string;
}

interface Conversation {
  id: string;
  token: string;
  activities: Partial<Activity>[];
  /** How many activities were dropped from the front: the watermark counts from the very first. */
  dropped: number;
  /** Sizes of the kept activities (JSON bytes), for the memory bound. */
  sizes: number[];
  lastSeen: number;
}

export class DirectLineError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export const TOKEN_TTL_SECONDS = 1800;
/** What Web Chat posts; anything else (invokes, conversation updates) is not for a client to send. */
const FROM_CLIENT = new Set(['message', 'event', 'typing']);
/** The bot's side of the turn that is not for the person: invoke responses and debugging traces. */
const BOT_ONLY = new Set(['invokeResponse', 'trace']);
/** A chat message is a few hundred bytes; anything this big is not someone typing. */
export const MAX_ACTIVITY_BYTES = 32 * 1024;

/**
 * A small, real implementation of the Direct Line v3 calls Web Chat makes when polling, for
 * local mode: no Azure needed to chat with the bot in a browser. Production uses Azure's.
 */
export class LocalDirectLine {
  private readonly conversations = new Map<string, Conversation>();
  private bytes = 0;

  constructor(
    private readonly deliver: DeliverToBot,
    private readonly options: LocalDirectLineOptions,
    private readonly now: () => number = Date.now,
  ) {}

  /** A token for a conversation that does not exist yet (what the page asks for first). */
  issueToken(): { token: string; expires_in: number } {
    return { token: newToken(), expires_in: TOKEN_TTL_SECONDS };
  }

  startConversation(token: string | undefined): { conversationId: string; token: string; expires_in: number } {
    this.expireIdle();
    const conversation: Conversation = { id: randomUUID(), token: token || newToken(), activities: [], dropped: 0, sizes: [], lastSeen: this.now() };
    this.conversations.set(conversation.id, conversation);
    while (this.conversations.size > this.options.maxConversations) this.forget(this.conversations.keys().next().value!);
    return { conversationId: conversation.id, token: conversation.token, expires_in: TOKEN_TTL_SECONDS };
  }

  /** Records the user's activity, runs the bot on it, and records the replies in order. */
  async postActivity(conversationId: string, token: string | undefined, activity: unknown): Promise<{ id: string }> {
    const conversation = this.find(conversationId, token);
    if (!activity || typeof activity !== 'object' || typeof (activity as Partial<Activity>).type !== 'string') {
      throw new DirectLineError(400, 'The activity must be a JSON object with a "type".');
    }
    if (!FROM_CLIENT.has((activity as Partial<Activity>).type!)) throw new DirectLineError(400, 'Only message, event and typing activities can be posted.');
    if (Buffer.byteLength(JSON.stringify(activity)) > MAX_ACTIVITY_BYTES) throw new DirectLineError(413, 'The activity is too large.');
    const incoming = activity as Partial<Activity>;
    const from = incoming.from && typeof incoming.from.id === 'string' ? incoming.from : { id: 'user', name: 'You' };
    const recorded = this.append(conversation, {
      ...incoming,
      from: { ...from, role: 'user' },
      channelId: 'directline',
      conversation: { id: conversation.id } as Activity['conversation'],
      timestamp: new Date(this.now()),
    } as Partial<Activity>);
    const replies = await this.deliver({
      ...recorded,
      recipient: { id: 'bot', name: this.options.botName, role: 'bot' },
      deliveryMode: 'expectReplies',
    } as Partial<Activity>);
    this.appendFromBot(conversation, replies, recorded.id);
    return { id: recorded.id! };
  }

  /**
   * A message the bot sends on its own (a walkthrough timer), for the page's next poll. False when
   * the conversation has expired or never existed: nobody is there to read it.
   */
  deliverFromBot(conversationId: string, activities: Partial<Activity>[]): boolean {
    const conversation = this.conversations.get(conversationId);
    if (!conversation) return false;
    this.appendFromBot(conversation, activities);
    return true;
  }

  private appendFromBot(conversation: Conversation, replies: Partial<Activity>[], replyToId?: string): void {
    for (const reply of replies) {
      if (!reply.type || BOT_ONLY.has(reply.type)) continue;
      this.append(conversation, {
        ...reply,
        from: { id: 'bot', name: this.options.botName, role: 'bot' },
        conversation: { id: conversation.id } as Activity['conversation'],
        ...(replyToId ? { replyToId } : {}),
        timestamp: new Date(this.now()),
      } as Partial<Activity>);
    }
  }

  /** Activities after `watermark`, and the new watermark. */
  getActivities(conversationId: string, token: string | undefined, watermark: string | undefined): { activities: Partial<Activity>[]; watermark: string } {
    const conversation = this.find(conversationId, token);
    const total = conversation.dropped + conversation.activities.length;
    const from = watermark && /^\d+$/.test(watermark) ? Math.min(Number(watermark), total) : 0;
    const start = Math.max(from - conversation.dropped, 0);
    return { activities: conversation.activities.slice(start), watermark: String(total) };
  }

  refreshToken(token: string | undefined): { token: string; expires_in: number } {
    if (!token) throw new DirectLineError(403, 'A token is required.');
    return { token, expires_in: TOKEN_TTL_SECONDS };
  }

  get size(): number {
    return this.conversations.size;
  }

  /** Bytes of activities held, all conversations together. */
  get heldBytes(): number {
    return this.bytes;
  }

  private find(conversationId: string, token: string | undefined): Conversation {
    this.expireIdle();
    const conversation = this.conversations.get(conversationId);
    if (!conversation) throw new DirectLineError(404, 'Unknown or expired conversation.');
    if (token !== conversation.token) throw new DirectLineError(403, 'This token is not for this conversation.');
    conversation.lastSeen = this.now();
    // Refresh recency for the size bound: Map keeps insertion order.
    this.conversations.delete(conversation.id);
    this.conversations.set(conversation.id, conversation);
    return conversation;
  }

  private append(conversation: Conversation, activity: Partial<Activity>): Partial<Activity> {
    const sequence = conversation.dropped + conversation.activities.length;
    const recorded = { ...activity, id: `${conversation.id}|${String(sequence).padStart(7, '0')}` };
    const size = Buffer.byteLength(JSON.stringify(recorded));
    conversation.activities.push(recorded);
    conversation.sizes.push(size);
    this.bytes += size;
    if (conversation.activities.length > this.options.maxActivities) {
      conversation.activities.shift();
      this.bytes -= conversation.sizes.shift()!;
      conversation.dropped += 1;
    }
    // Over the memory budget: forget the least recently used conversations, never this one.
    for (const id of this.conversations.keys()) {
      if (this.bytes <= this.options.maxBytes) break;
      if (id !== conversation.id) this.forget(id);
    }
    return recorded;
  }

  private forget(id: string): void {
    const conversation = this.conversations.get(id);
    if (!conversation) return;
    for (const size of conversation.sizes) this.bytes -= size;
    this.conversations.delete(id);
  }

  private expireIdle(): void {
    const cutoff = this.now() - this.options.idleMs;
    for (const [id, conversation] of this.conversations) {
      if (conversation.lastSeen >= cutoff) break;
      this.forget(id);
    }
  }
}

function newToken(): string {
  return randomBytes(24).toString('base64url');
}
