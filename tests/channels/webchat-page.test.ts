import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config';
import { startApp, type RunningApp } from '../helpers/start-app';

/** A raw GET (fetch would unzip and hide the size on the wire). */
function get(url: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    request(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    })
      .on('error', reject)
      .end();
  });
}

describe('the web chat page and the Web Chat bundle, served by the bot', () => {
  let running: RunningApp;
  beforeAll(async () => {
    running = await startApp();
  });
  afterAll(() => running.close());

  it('serves the page with its title, notice and a policy that lets only its own scripts run', async () => {
    const page = await get(`${running.url}/`);
    expect(page.status).toBe(200);
    const html = page.body.toString();
    expect(html).toContain('<title>Sciatica Massage Guide');
    expect(html).toContain('General information, not medical advice');
    expect(html).toMatch(/<script src="\/webchat.js">/);
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.headers['content-security-policy']).toContain("frame-ancestors 'self';");
    expect(page.headers['content-security-policy']).toContain("connect-src 'self' https://directline.botframework.com wss://directline.botframework.com;");
  });

  it('serves the official bundle from node_modules, gzipped, cached for a day, and 304 when unchanged', async () => {
    const bundle = await get(`${running.url}/webchat.js`, { 'accept-encoding': 'gzip, deflate, br' });
    expect(bundle.status).toBe(200);
    expect(bundle.headers['content-encoding']).toBe('gzip');
    expect(bundle.headers['cache-control']).toBe('public, max-age=86400');
    expect(bundle.body.length).toBeLessThan(1.5 * 1024 * 1024);
    const official = readFileSync(resolve(__dirname, '../../node_modules/botframework-webchat/dist/webchat.js'));
    expect(gunzipSync(bundle.body).equals(official)).toBe(true);

    const again = await get(`${running.url}/webchat.js`, { 'if-none-match': String(bundle.headers.etag) });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
  });
});

describe('embedding the widget on another website (WEBCHAT_EMBED_ORIGINS)', () => {
  const SITE = 'https://www.example-clinic.org';
  let running: RunningApp;
  beforeAll(async () => {
    running = await startApp({ WEBCHAT_EMBED_ORIGINS: SITE });
  });
  afterAll(() => running.close());

  it('lets that site show the page in an iframe', async () => {
    const page = await get(`${running.url}/`);
    expect(page.headers['content-security-policy']).toContain(`frame-ancestors 'self' ${SITE};`);
    expect(page.headers['x-frame-options']).toBeUndefined();
  });

  it('lets that site fetch a token for its own Web Chat, and no other site', async () => {
    const allowed = await get(`${running.url}/api/directline/token`, { origin: SITE });
    expect(allowed.headers['access-control-allow-origin']).toBe(SITE);
    const other = await get(`${running.url}/api/directline/token`, { origin: 'https://evil.example' });
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('refuses to start with an origin that has a path, or a Direct Line that is not https', () => {
    expect(() => loadConfig({ DIRECT_LINE_DOMAIN: 'http://directline.example/v3/directline' })).toThrow(/DIRECT_LINE_DOMAIN must be an https:\/\/ address/);
    expect(() => loadConfig({ WEBCHAT_EMBED_ORIGINS: 'https://ok.example, https://bad.example/page' })).toThrow(
      /WEBCHAT_EMBED_ORIGINS must list origins like https:\/\/www.example.com, with no path \(got "https:\/\/bad.example\/page"\)/,
    );
  });
});
