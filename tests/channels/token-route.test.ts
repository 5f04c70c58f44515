import type { AddressInfo } from 'node:net';
import * as restify from 'restify';
import { afterEach, describe, expect, it } from 'vitest';
import { registerTokenRoute } from '../../src/server/direct-line/token-route';
import { createLogger } from '../../src/logger';
import { messageActivity, postActivity, startApp } from '../helpers/start-app';

const SECRET = 'super-secret-direct-line-key';
let server: restify.Server | undefined;
afterEach(() => server?.close());

async function serve(fetchImpl: typeof fetch): Promise<string> {
  server = restify.createServer();
  registerTokenRoute(server, { directLineSecret: SECRET, fetchImpl, logger: createLogger({ logLevel: 'silent' }) });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe('GET /api/directline/token in production', () => {
  it('trades the secret for a short-lived token, and only the token reaches the browser', async () => {
    const calls: { url: string; auth: string | null }[] = [];
    const url = await serve((async (input: string, init?: RequestInit) => {
      calls.push({ url: String(input), auth: new Headers(init?.headers).get('authorization') });
      return new Response(JSON.stringify({ token: 'short-lived-token', expires_in: 1800, conversationId: 'c' }), { status: 200 });
    }) as typeof fetch);
    const response = await fetch(`${url}/api/directline/token`);
    const text = await response.text();
    expect(response.status).toBe(200);
    expect(JSON.parse(text)).toEqual({ token: 'short-lived-token', expires_in: 1800, local: false });
    expect(text).not.toContain(SECRET);
    expect(calls).toEqual([{ url: 'https://directline.botframework.com/v3/directline/tokens/generate', auth: `Bearer ${SECRET}` }]);
  });

  it('answers 502 without leaking anything when Direct Line fails', async () => {
    const url = await serve((async () => new Response('nope', { status: 403 })) as typeof fetch);
    const response = await fetch(`${url}/api/directline/token`);
    expect(response.status).toBe(502);
    expect(await response.text()).not.toContain(SECRET);
  });
});

describe('with a bot app id configured (production)', () => {
  it('has no local Direct Line, and /api/messages needs a Bot Framework token', async () => {
    const running = await startApp({
      MicrosoftAppId: '11111111-2222-3333-4444-555555555555',
      MicrosoftAppPassword: 'app-password',
      DIRECT_LINE_SECRET: SECRET,
    });
    try {
      expect((await fetch(`${running.url}/v3/directline/conversations`, { method: 'POST' })).status).toBe(404);
      const unauthenticated = await postActivity(running.url, messageActivity('what causes sciatica?'));
      expect(unauthenticated.status).toBe(401);
    } finally {
      await running.close();
    }
  });
});
