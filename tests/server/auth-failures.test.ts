import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/app';
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/logger';
import { freePort } from '../helpers/spawn-bot';
import { messageActivity } from '../helpers/start-app';

/**
 * A bot with an app id, so every request must carry a Bot Framework token, checked against
 * OpenID metadata served by a local stand-in (or by nothing at all), over real HTTP.
 */
const APP_ID = '11111111-2222-3333-4444-555555555555';
const ISSUER = 'https://api.botframework.com';
const SERVICE_URL = 'http://127.0.0.1:9/';

const channelKey = generateKeyPairSync('rsa', { modulusLength: 2048 });
const otherKey = generateKeyPairSync('rsa', { modulusLength: 2048 });

/** A JWT as the Bot Framework's channel service signs it (RS256), with `claims` changed. */
function channelToken(key: KeyObject, kid: string, claims: Record<string, unknown> = {}): string {
  const now = Math.floor(Date.now() / 1000);
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const body = `${part({ alg: 'RS256', typ: 'JWT', kid })}.${part({ iss: ISSUER, aud: APP_ID, serviceurl: SERVICE_URL, nbf: now - 60, exp: now + 3600, ...claims })}`;
  return `${body}.${sign('sha256', Buffer.from(body), key).toString('base64url')}`;
}

/** Serves /openid (the metadata document) and /keys (the JWKS) as login.botframework.com does. */
async function standInMetadata(status = 200): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const body =
      req.url === '/openid'
        ? { issuer: ISSUER, jwks_uri: `${base}/keys`, id_token_signing_alg_values_supported: ['RS256'] }
        : { keys: [{ ...channelKey.publicKey.export({ format: 'jwk' }), kid: 'channel-key', use: 'sig' }] };
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/openid`, server };
}

interface SecuredBot {
  url: string;
  logLines: () => Record<string, unknown>[];
  close(): Promise<void>;
}

async function startSecuredBot(metadataUrl: string): Promise<SecuredBot> {
  const dir = mkdtempSync(join(tmpdir(), 'auth-'));
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'info',
    EVENTS_FILE: join(dir, 'events.jsonl'),
    MicrosoftAppId: APP_ID,
    MicrosoftAppPassword: 'not-a-real-secret',
    BOT_OPENID_METADATA_URL: metadataUrl,
  });
  let log = '';
  const sink = new Writable({ write: (chunk, _encoding, done) => ((log += chunk), done()) });
  const app: App = createApp(config, createLogger(config, sink));
  const port = await app.listen();
  return {
    url: `http://127.0.0.1:${port}`,
    logLines: () => log.trim().split('\n').map((line) => JSON.parse(line)),
    close: async () => {
      await app.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function post(bot: SecuredBot, token?: string) {
  const response = await fetch(`${bot.url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(messageActivity('what causes sciatica?', { serviceUrl: SERVICE_URL })),
  });
  return { status: response.status, retryAfter: response.headers.get('retry-after'), text: await response.text() };
}

describe('tokens checked against reachable OpenID metadata (a local stand-in)', () => {
  let metadata: { url: string; server: Server };
  let bot: SecuredBot;
  beforeAll(async () => {
    metadata = await standInMetadata();
    bot = await startSecuredBot(metadata.url);
  });
  afterAll(async () => {
    await bot.close();
    await new Promise((resolve) => metadata.server.close(resolve));
  });

  it('answers a request whose token the channel key signed', async () => {
    const { status, text } = await post(bot, channelToken(channelKey.privateKey, 'channel-key'));
    expect(status).toBe(200);
    expect(JSON.parse(text).activities[0].text).toContain('Piriformis syndrome');
  });

  it('refuses with 401 a token signed by another key under the channel key\'s id', async () => {
    const { status, text } = await post(bot, channelToken(otherKey.privateKey, 'channel-key'));
    expect(status).toBe(401);
    expect(text).not.toMatch(/signature/i);
  });

  it('refuses with 401 a token whose key id the metadata does not list', async () => {
    expect((await post(bot, channelToken(otherKey.privateKey, 'unknown-key'))).status).toBe(401);
  });

  it('refuses with 401 an expired token, a token for another bot, and no token', async () => {
    const now = Math.floor(Date.now() / 1000);
    expect((await post(bot, channelToken(channelKey.privateKey, 'channel-key', { nbf: now - 7200, exp: now - 3600 }))).status).toBe(401);
    expect((await post(bot, channelToken(channelKey.privateKey, 'channel-key', { aud: '99999999-2222-3333-4444-555555555555' }))).status).toBe(401);
    expect((await post(bot)).status).toBe(401);
  });
});

describe('OpenID metadata that cannot be fetched', () => {
  it('answers 503 with Retry-After and a generic body when nothing listens at the metadata address, and logs why with the request id', async () => {
    const bot = await startSecuredBot(`http://127.0.0.1:${await freePort()}/openid`);
    try {
      const { status, retryAfter, text } = await post(bot, channelToken(channelKey.privateKey, 'channel-key'));
      expect(status).toBe(503);
      expect(Number(retryAfter)).toBeGreaterThan(0);
      expect(text).toMatch(/temporarily unavailable/i);
      expect(text).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|openid|fetch/i);

      const failure = bot.logLines().find((line) => line.level === 50 && typeof line.reqId === 'string');
      expect(failure).toBeDefined();
      expect(JSON.stringify(failure)).toContain('ECONNREFUSED');
      expect(JSON.parse(text).requestId).toBe(failure!.reqId);
    } finally {
      await bot.close();
    }
  });

  it('answers 503, not 401 or 500, when the metadata host answers with an error status', async () => {
    const metadata = await standInMetadata(502);
    const bot = await startSecuredBot(metadata.url);
    try {
      const { status, retryAfter, text } = await post(bot, channelToken(channelKey.privateKey, 'channel-key'));
      expect(status).toBe(503);
      expect(retryAfter).not.toBeNull();
      expect(text).not.toMatch(/502|openID config/i);
    } finally {
      await bot.close();
      await new Promise((resolve) => metadata.server.close(resolve));
    }
  });
});
