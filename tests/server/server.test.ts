import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messageActivity, postActivity, startApp, type RunningApp } from '../helpers/start-app';

let running: RunningApp;
beforeAll(async () => {
  running = await startApp();
});
afterAll(async () => running.close());

describe('the real server over HTTP', () => {
  it('answers GET /healthz', async () => {
    const response = await fetch(`${running.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('answers a question in the response body with deliveryMode expectReplies', async () => {
    const { status, json } = await postActivity(running.url, messageActivity('what causes sciatica?'));
    expect(status).toBe(200);
    const [reply] = json.activities;
    expect(reply.type).toBe('message');
    expect(reply.text).toContain('Piriformis syndrome');
    expect(reply.text).toContain('From: Causes of Sciatica Pain');
    expect(reply.entities[0].citation[0].appearance.name).toBe('Causes of Sciatica Pain');
    expect(reply.suggestedActions.actions.length).toBeGreaterThan(0);
  });

  it('keeps a conversation going across requests (the risk dialog\'s state)', async () => {
    const conversation = { id: 'conv-dialog-http' };
    const first = await postActivity(running.url, messageActivity('is massage safe for me?', { conversation }));
    expect(first.json.activities.map((a: any) => a.text).join(' ')).toMatch(/healthcare provider|doctor/i);
    const second = await postActivity(running.url, messageActivity("I'm pregnant", { conversation }));
    expect(second.json.activities.map((a: any) => a.text).join(' ')).toMatch(/prenatal massage therapist/i);
  });

  it('returns only what the person should see: no dialog memory trace holding their message', async () => {
    const conversation = { id: 'conv-no-trace' };
    const { json } = await postActivity(running.url, messageActivity('is massage safe for me? my secret is here', { conversation }));
    expect(json.activities.map((a: any) => a.type)).not.toContain('trace');
    expect(JSON.stringify(json)).not.toContain('my secret is here');
  });

  it('rejects a malformed activity with a clear 400 (the full table is in tests/production)', async () => {
    const response = await postActivity(running.url, '{"type": "message",');
    expect(response.status).toBe(400);
  });
});

describe('replies sent to the channel, as Teams and Azure Direct Line receive them', () => {
  it('posts each turn\'s answer to the serviceUrl, turn after turn (the connector client is reused)', async () => {
    const received: { path: string; body: any }[] = [];
    const channel = createServer(async (req: IncomingMessage, res) => {
      let body = '';
      for await (const chunk of req) body += chunk;
      received.push({ path: req.url ?? '', body: JSON.parse(body) });
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id: `reply-${received.length}` }));
    });
    await new Promise<void>((resolve) => channel.listen(0, '127.0.0.1', resolve));
    const serviceUrl = `http://127.0.0.1:${(channel.address() as AddressInfo).port}/`;
    try {
      const conversation = { id: 'conv-channel' };
      for (const question of ['what causes sciatica?', 'how long can I use the body massager?']) {
        const { status } = await postActivity(running.url, messageActivity(question, { serviceUrl, conversation, deliveryMode: undefined }));
        expect(status).toBe(202);
      }
      await expect.poll(() => received.length, { timeout: 5000 }).toBe(2);
      expect(received[0]!.path).toMatch(/^\/v3\/conversations\/conv-channel\/activities\/msg-\d+$/);
      expect(received[0]!.body.text).toContain('From: Causes of Sciatica Pain');
      expect(received[1]!.body.text).toContain('From: Try a Body Massager');
    } finally {
      await new Promise((resolve) => channel.close(resolve));
    }
  });
});
