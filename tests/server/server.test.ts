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

  it('rejects a malformed activity with a clear 400 (the full table is in tests/production)', async () => {
    const response = await postActivity(running.url, '{"type": "message",');
    expect(response.status).toBe(400);
  });
});
