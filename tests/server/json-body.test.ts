import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES } from '../../src/server/create-server';
import { messageActivity, startApp, type RunningApp } from '../helpers/start-app';

let running: RunningApp;
beforeAll(async () => {
  running = await startApp();
});
afterAll(async () => running.close());

const post = (body: BodyInit, headers: Record<string, string>) =>
  fetch(`${running.url}/api/messages`, { method: 'POST', headers, body, duplex: 'half' } as RequestInit);

describe('request bodies, read without restify\'s bodyParser', () => {
  it('answers an activity sent as application/json with a charset', async () => {
    const response = await post(JSON.stringify(messageActivity('what causes sciatica?')), { 'content-type': 'application/json; charset=utf-8' });
    expect(response.status).toBe(200);
    expect((await response.json()).activities[0].text).toContain('Piriformis syndrome');
  });

  it('refuses with 413 an oversized body sent in chunks, with no length announced', async () => {
    const piece = new TextEncoder().encode('x'.repeat(64 * 1024));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent > MAX_BODY_BYTES * 2) return controller.close();
        sent += piece.length;
        controller.enqueue(piece);
      },
    });
    expect((await post(stream, { 'content-type': 'application/json' })).status).toBe(413);
    expect((await fetch(`${running.url}/healthz`)).status).toBe(200);
  });

  it('refuses a compressed body with 415 and a form with 400', async () => {
    expect((await post('x', { 'content-type': 'application/json', 'content-encoding': 'gzip' })).status).toBe(415);
    expect((await post('type=message', { 'content-type': 'application/x-www-form-urlencoded' })).status).toBe(400);
  });
});
