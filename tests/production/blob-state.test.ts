import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BlobEventSink, readBlobEvents } from '../../src/events/blob-event-sink';
import { createLogger } from '../../src/logger';
import { createAzurite, type Azurite } from '../helpers/azurite';
import { messageActivity, postActivity, startApp, type RunningApp } from '../helpers/start-app';

let azurite: Azurite;
let a: RunningApp;
let b: RunningApp;

beforeAll(async () => {
  azurite = await createAzurite();
  await azurite.start();
  const env = { STORAGE: 'blob', BLOB_CONNECTION_STRING: azurite.connectionString, BLOB_CONTAINER: 'bot-state' };
  [a, b] = await Promise.all([startApp(env), startApp(env)]);
}, 60_000);

afterAll(async () => {
  await Promise.all([a?.close(), b?.close()]);
  await azurite?.dispose();
});

const text = (json: any) => (json?.activities ?? []).map((x: any) => x.text ?? '').join('\n');

describe('conversation state in Azure Blob Storage (Azurite)', () => {
  it('continues a risk dialog on another instance behind the load balancer', async () => {
    const conversation = { id: `two-instances-${Date.now()}` };
    const first = await postActivity(a.url, messageActivity('is massage safe for me?', { conversation }));
    expect(text(first.json)).toMatch(/Do any of these apply to you\?/);
    const second = await postActivity(b.url, messageActivity('Pregnant', { conversation }));
    expect(text(second.json)).toMatch(/certified prenatal massage therapist/);
    expect(text(second.json)).toMatch(/numbness around your groin or bottom/);
    const third = await postActivity(a.url, messageActivity('no', { conversation }));
    expect(text(third.json)).toMatch(/If any of those ever start, get emergency help/);
  });

  it('apologises while storage is down, stays up, and recovers by itself when it returns', async () => {
    await azurite.stop();
    const during = await postActivity(a.url, messageActivity('what causes sciatica?', { conversation: { id: `outage-${Date.now()}` } }));
    expect(during.status).toBe(200);
    expect(text(during.json)).toMatch(/Sorry, something went wrong on my side/);
    expect((await fetch(`${a.url}/healthz`)).status).toBe(200);
    expect((await fetch(`${a.url}/readyz`)).status).toBe(503);

    await azurite.start();
    const after = await postActivity(a.url, messageActivity('what causes sciatica?', { conversation: { id: `after-${Date.now()}` } }));
    expect(text(after.json)).toContain('From: Causes of Sciatica Pain');
    expect((await fetch(`${a.url}/readyz`)).status).toBe(200);
  }, 60_000);
});

describe('events in Azure Blob Storage (Azurite)', () => {
  it('appends every instance\'s events to the day\'s blob, readable for the report', async () => {
    const logger = createLogger({ logLevel: 'silent' });
    const [one, two] = [new BlobEventSink(azurite.connectionString, 'events-test', logger), new BlobEventSink(azurite.connectionString, 'events-test', logger)];
    one.record({ kind: 'fallback', score: 0.1, text: 'what stretches help', at: new Date().toISOString(), channel: 'webchat' });
    two.record({ kind: 'feedback', reaction: 'like', at: new Date().toISOString(), channel: 'msteams' });
    await Promise.all([one.drain(), two.drain()]);
    const lines = (await readBlobEvents(azurite.connectionString, 'events-test')).trim().split('\n');
    expect(lines.map((line) => JSON.parse(line).kind).sort()).toEqual(['fallback', 'feedback']);
  });
});
