import { createServer as createHttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as restify from 'restify';
import { afterEach, describe, expect, it } from 'vitest';
import { registerTokenRoute } from '../../src/server/direct-line/token-route';
import { createLogger } from '../../src/logger';
import { messageActivity, postActivity, startApp } from '../helpers/start-app';

const SECRET = 'super-secret-direct-line-key';
let server: restify.Server | undefined;
afterEach(() => server?.close());

async function serve(fetchImpl?: typeof fetch, directLineDomain?: string): Promise<string> {
  server = restify.createServer();
  registerTokenRoute(server, { directLineSecret: SECRET, fetchImpl, directLineDomain, logger: createLogger({ logLevel: 'silent' }) });
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
    expect(JSON.parse(text)).toEqual({ token: 'short-lived-token', expires_in: 1800, local: false, domain: 'https://directline.botframework.com/v3/directline' });
    expect(text).not.toContain(SECRET);
    expect(calls).toEqual([{ url: 'https://directline.botframework.com/v3/directline/tokens/generate', auth: `Bearer ${SECRET}` }]);
  });

  it('exchanges over real HTTP with the configured (e.g. regional) Direct Line, and tells the page where it is', async () => {
    // A stand-in for Azure's Direct Line on loopback: checks what the bot sends on the wire.
    const seen: { path?: string; auth?: string; body?: any } = {};
    const upstream = createHttpServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        Object.assign(seen, { path: req.url, auth: req.headers.authorization, body: JSON.parse(body) });
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ conversationId: 'c1', token: 'regional-token', expires_in: 3600 }));
      });
    });
    await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
    try {
      const domain = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}/v3/directline`;
      const url = await serve(undefined, domain);
      const response = await (await fetch(`${url}/api/directline/token`)).json();
      expect(response).toEqual({ token: 'regional-token', expires_in: 3600, local: false, domain });
      expect(seen.path).toBe('/v3/directline/tokens/generate');
      expect(seen.auth).toBe(`Bearer ${SECRET}`);
      // Each visitor gets their own Direct Line user id; nothing from the browser is passed on.
      expect(seen.body.user.id).toMatch(/^dl_[0-9a-f-]{36}$/);
    } finally {
      upstream.close();
    }
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
      // A plain message is acknowledged early only after it is authenticated.
      const plain = await postActivity(running.url, messageActivity('what causes sciatica?', { deliveryMode: undefined }));
      expect(plain.status).toBe(401);
    } finally {
      await running.close();
    }
  });
});
