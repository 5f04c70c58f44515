import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messageActivity, postActivity, startApp, type RunningApp } from '../helpers/start-app';

let running: RunningApp;
beforeAll(async () => {
  running = await startApp({ RATE_LIMIT_CONVERSATION_PER_SECOND: '5' });
});
afterAll(async () => running.close());

const replyText = (json: any) => (json?.activities ?? []).map((a: any) => a.text ?? '').join('\n');

describe('bad input against the real server: a clear 4xx or a polite reply, and it keeps serving', () => {
  it.each([
    ['invalid JSON', '{"type": "message",', 400],
    ['an empty body', '', 400],
    ['a body that is not an object', '"just a string"', 400],
    ['an array', '[1,2,3]', 400],
    ['a missing type', JSON.stringify({ ...messageActivity('hi'), type: undefined }), 400],
    ['an unknown type', JSON.stringify({ ...messageActivity('hi'), type: 'bogus' }), 400],
    ['a missing conversation', JSON.stringify({ ...messageActivity('hi'), conversation: undefined }), 400],
    ['a missing from', JSON.stringify({ ...messageActivity('hi'), from: undefined }), 400],
    ['a non-string text', JSON.stringify({ ...messageActivity('hi'), text: { evil: true } }), 400],
    ['a missing serviceUrl', JSON.stringify({ ...messageActivity('hi'), serviceUrl: undefined }), 400],
    ['an oversized body', JSON.stringify({ ...messageActivity('hi'), padding: 'x'.repeat(400 * 1024) }), 413],
  ])('%s -> %i', async (_name, body, status) => {
    const response = await postActivity(running.url, body);
    expect(response.status).toBe(status);
    expect((await fetch(`${running.url}/healthz`)).status).toBe(200);
  });

  it('answers a 100,000-character message politely', async () => {
    const { status, json } = await postActivity(running.url, messageActivity(`what causes sciatica ${'blah '.repeat(20_000)}`));
    expect(status).toBe(200);
    expect(replyText(json).length).toBeGreaterThan(20);
  });

  it.each([
    ['control characters', 'what\u0000 causes\u0007 sciatica\u001b[31m?'],
    ['invalid Unicode', 'massage \ud800\udfff\ud800 how long?'],
    ['only emoji', '😀😀😀'],
    ['markup', '<script>alert(1)</script><img src=x onerror=alert(2)>'],
  ])('answers %s without crashing, and never reflects it as markup', async (_name, text) => {
    const { status, json } = await postActivity(running.url, messageActivity(text));
    expect(status).toBe(200);
    expect(replyText(json)).not.toMatch(/<script|onerror|<img/);
  });

  it.each([
    ['typing', { type: 'typing' }, 200],
    ['a reaction', { type: 'messageReaction', reactionsAdded: [{ type: 'like' }] }, 200],
    ['a conversation update', { type: 'conversationUpdate', membersAdded: [] }, 200],
    ['an unknown invoke', { type: 'invoke', name: 'composeExtension/query', value: {}, deliveryMode: undefined }, 400],
    ['a feedback invoke with nonsense', { type: 'invoke', name: 'message/submitAction', value: { actionName: 'feedback', actionValue: { reaction: 'meh' } }, deliveryMode: undefined }, 400],
  ])('handles %s', async (_name, overrides, status) => {
    const { status: got } = await postActivity(running.url, messageActivity('', { ...overrides, text: undefined }));
    expect(got).toBe(status);
  });

  it('acknowledges a plain message at once when the channel\'s serviceUrl is unreachable', async () => {
    // Nothing listens on loopback port 9: the replies cannot be delivered.
    const started = Date.now();
    const { status } = await postActivity(running.url, messageActivity('what causes sciatica?', { deliveryMode: undefined, serviceUrl: 'http://127.0.0.1:9/' }));
    expect(status).toBe(202);
    expect(Date.now() - started).toBeLessThan(1500);
    expect((await fetch(`${running.url}/healthz`)).status).toBe(200);
  });

  it('limits a flooding conversation with 429 and keeps answering others', async () => {
    const conversation = { id: 'flood' };
    const statuses = await Promise.all(Array.from({ length: 40 }, () => postActivity(running.url, messageActivity('hello', { conversation })).then((r) => r.status)));
    expect(statuses).toContain(429);
    expect(statuses).toContain(200);
    expect((await postActivity(running.url, messageActivity('what causes sciatica'))).status).toBe(200);
  });

  it('sends security headers and reports readiness', async () => {
    const page = await fetch(`${running.url}/`);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    const ready = await fetch(`${running.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready', sections: 10, storage: 'memory' });
  });
});
