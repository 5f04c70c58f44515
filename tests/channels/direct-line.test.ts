import { DirectLine } from 'botframework-directlinejs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LocalDirectLine } from '../../src/server/direct-line/local-direct-line';
import { startApp, type RunningApp } from '../helpers/start-app';
import { fetchAjax } from './direct-line-client';

let running: RunningApp;
beforeAll(async () => {
  running = await startApp();
});
afterAll(async () => running.close());

const DL = () => `${running.url}/v3/directline`;

async function call(method: string, path: string, token?: string, body?: unknown) {
  const response = await fetch(`${DL()}${path}`, {
    method,
    headers: { ...(token ? { Authorization: `Bearer ${token}` } : {}), ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  return { status: response.status, json: (await response.json()) as any };
}

async function startConversation() {
  const { json } = await (await fetch(`${running.url}/api/directline/token`)).json().then((json) => ({ json }));
  expect(json.local).toBe(true);
  const started = await call('POST', '/conversations', json.token);
  expect(started.status).toBe(201);
  return started.json as { conversationId: string; token: string };
}

const say = (conversation: { conversationId: string; token: string }, text: string) =>
  call('POST', `/conversations/${conversation.conversationId}/activities`, conversation.token, { type: 'message', text, from: { id: 'user-1' } });

describe('the local Direct Line over plain HTTP', () => {
  it('returns the user message and the bot replies in order, with watermarks', async () => {
    const conversation = await startConversation();
    const posted = await say(conversation, 'what causes sciatica');
    expect(posted.status).toBe(200);
    expect(posted.json.id).toContain(conversation.conversationId);

    const all = await call('GET', `/conversations/${conversation.conversationId}/activities`, conversation.token);
    expect(all.json.activities.map((a: any) => a.from.role)).toEqual(['user', 'bot']);
    expect(all.json.activities[1].text).toContain('From: Causes of Sciatica Pain');
    expect(all.json.activities[1].replyToId).toBe(posted.json.id);
    expect(all.json.watermark).toBe('2');

    await say(conversation, 'how long should I use the massager?');
    const newer = await call('GET', `/conversations/${conversation.conversationId}/activities?watermark=2`, conversation.token);
    expect(newer.json.activities.map((a: any) => a.text.slice(0, 20))).toEqual(['how long should I us', expect.stringContaining('')]);
    expect(newer.json.activities[1].text).toContain('From: Try a Body Massager');
    expect(newer.json.watermark).toBe('4');

    const nothingNew = await call('GET', `/conversations/${conversation.conversationId}/activities?watermark=4`, conversation.token);
    expect(nothingNew.json.activities).toEqual([]);
  });

  it('keeps several conversations apart', async () => {
    const [a, b] = await Promise.all([startConversation(), startConversation()]);
    await Promise.all([say(a, 'what causes sciatica'), say(b, 'is massage safe for me?')]);
    const [ta, tb] = await Promise.all([
      call('GET', `/conversations/${a.conversationId}/activities`, a.token),
      call('GET', `/conversations/${b.conversationId}/activities`, b.token),
    ]);
    expect(ta.json.activities.map((x: any) => x.text).join(' ')).toContain('Piriformis');
    expect(tb.json.activities.map((x: any) => x.text).join(' ')).toMatch(/healthcare provider/);
    expect(tb.json.activities.map((x: any) => x.text).join(' ')).not.toContain('Piriformis');
  });

  it('answers 404 for an unknown conversation and 403 for another conversation\'s token', async () => {
    const conversation = await startConversation();
    expect((await call('GET', '/conversations/nope/activities', conversation.token)).status).toBe(404);
    const other = await startConversation();
    expect((await call('GET', `/conversations/${conversation.conversationId}/activities`, other.token)).status).toBe(403);
  });

  it('rejects an activity that is not an object with a type', async () => {
    const conversation = await startConversation();
    const bad = await call('POST', `/conversations/${conversation.conversationId}/activities`, conversation.token, { text: 'no type' });
    expect(bad.status).toBe(400);
    const invoke = await call('POST', `/conversations/${conversation.conversationId}/activities`, conversation.token, { type: 'invoke', name: 'message/submitAction' });
    expect(invoke.status).toBe(400);
  });

  it('answers 413 to an activity far bigger than a chat message, and keeps nothing of it', async () => {
    const conversation = await startConversation();
    const big = await say(conversation, 'x'.repeat(40_000));
    expect(big.status).toBe(413);
    const all = await call('GET', `/conversations/${conversation.conversationId}/activities`, conversation.token);
    expect(all.json.activities).toEqual([]);
  });

  it('keeps the order of a conversation: each answer follows its question, ids and watermarks only grow', async () => {
    const conversation = await startConversation();
    const questions = ['what causes sciatica', 'is massage good for sciatica', 'how do I massage my lower back with my hands?'];
    const posted = [];
    for (const question of questions) posted.push((await say(conversation, question)).json.id as string);
    const { json } = await call('GET', `/conversations/${conversation.conversationId}/activities?watermark=0`, conversation.token);
    const roles = json.activities.map((a: any) => a.from.role);
    expect(roles).toEqual(['user', 'bot', 'user', 'bot', 'user', 'bot']);
    expect(json.activities.filter((a: any) => a.from.role === 'bot').map((a: any) => a.replyToId)).toEqual(posted);
    const ids = json.activities.map((a: any) => a.id);
    expect([...ids].sort()).toEqual(ids);
    expect(json.watermark).toBe('6');
  });

  it('refreshes a token', async () => {
    const conversation = await startConversation();
    const refreshed = await call('POST', '/tokens/refresh', conversation.token);
    expect(refreshed.status).toBe(200);
    expect(refreshed.json.token).toBe(conversation.token);
  });
});

describe('conversations expire and memory stays bounded', () => {
  it('forgets idle conversations and keeps at most the configured number', async () => {
    let now = 0;
    const directLine = new LocalDirectLine(async () => [], { idleMs: 1000, maxConversations: 3, maxActivities: 2, maxBytes: 1_000_000, botName: 'Bot' }, () => now);
    const first = directLine.startConversation(undefined);
    now = 2000;
    expect(() => directLine.getActivities(first.conversationId, first.token, undefined)).toThrow(/Unknown or expired/);
    for (let i = 0; i < 10; i++) directLine.startConversation(undefined);
    expect(directLine.size).toBe(3);
  });

  it('keeps all conversations together under a memory budget, dropping the least recent first', async () => {
    const directLine = new LocalDirectLine(async () => [{ type: 'message', text: 'r'.repeat(500) }], { idleMs: 60_000, maxConversations: 100, maxActivities: 100, maxBytes: 5_000, botName: 'Bot' });
    const conversations: { conversationId: string; token: string }[] = [];
    for (let i = 0; i < 6; i++) {
      const c = directLine.startConversation(undefined);
      conversations.push(c);
      await directLine.postActivity(c.conversationId, c.token, { type: 'message', text: 'q'.repeat(500) });
    }
    expect(directLine.heldBytes).toBeLessThanOrEqual(5_000);
    const newest = conversations.at(-1)!;
    expect(directLine.getActivities(newest.conversationId, newest.token, undefined).activities).toHaveLength(2);
    expect(() => directLine.getActivities(conversations[0]!.conversationId, conversations[0]!.token, undefined)).toThrow(/Unknown or expired/);
  });

  it('passes on what the bot says to the person, not its invoke responses or traces', async () => {
    const directLine = new LocalDirectLine(
      async () => [{ type: 'trace', name: 'debug' }, { type: 'message', text: 'hello' }, { type: 'invokeResponse', value: { status: 200 } }],
      { idleMs: 60_000, maxConversations: 10, maxActivities: 10, maxBytes: 100_000, botName: 'Bot' },
    );
    const c = directLine.startConversation(undefined);
    await directLine.postActivity(c.conversationId, c.token, { type: 'event', name: 'webchat/join' });
    expect(directLine.getActivities(c.conversationId, c.token, undefined).activities.map((a) => a.type)).toEqual(['event', 'message']);
  });

  it('keeps the watermark counting when old activities are dropped', async () => {
    const directLine = new LocalDirectLine(async () => [{ type: 'message', text: 'reply' }], { idleMs: 60_000, maxConversations: 10, maxActivities: 2, maxBytes: 1_000_000, botName: 'Bot' });
    const c = directLine.startConversation(undefined);
    await directLine.postActivity(c.conversationId, c.token, { type: 'message', text: 'one' });
    await directLine.postActivity(c.conversationId, c.token, { type: 'message', text: 'two' });
    const page = directLine.getActivities(c.conversationId, c.token, '0');
    expect(page.watermark).toBe('4');
    expect(page.activities.map((a) => a.text)).toEqual(['two', 'reply']);
  });
});

describe('Web Chat\'s own Direct Line client (botframework-directlinejs)', () => {
  it('connects, sends a message and receives the answer', async () => {
    const { token } = await (await fetch(`${running.url}/api/directline/token`)).json();
    const client = new DirectLine({ token, domain: DL(), webSocket: false, pollingInterval: 200, ajax: fetchAjax } as any);
    const received: any[] = [];
    const subscription = client.activity$.subscribe((a: any) => received.push(a));
    await new Promise<void>((resolve, reject) =>
      client.postActivity({ type: 'message', text: 'how do I massage my lower back with my hands?', from: { id: 'user-dl', name: 'User' } } as any).subscribe({ next: () => resolve(), error: reject }),
    );
    const deadline = Date.now() + 10_000;
    while (!received.some((a) => a.from?.role === 'bot') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    subscription.unsubscribe();
    client.end();
    const reply = received.find((a) => a.from?.role === 'bot');
    expect(reply?.text).toContain('From: Hands-On Low Back Massage');
  });
});
