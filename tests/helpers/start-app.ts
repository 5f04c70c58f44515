import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp, type App } from '../../src/app';
import type { Clock } from '../../src/bot/walkthrough-timers';
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/logger';

export interface RunningApp {
  app: App;
  url: string;
  close(): Promise<void>;
}

/** Starts the real server on a free loopback port, in local mode unless `env` says otherwise. */
export async function startApp(env: NodeJS.ProcessEnv = {}, options: { clock?: Clock } = {}): Promise<RunningApp> {
  const eventsDir = mkdtempSync(join(tmpdir(), 'events-'));
  const eventsFile = join(eventsDir, 'events.jsonl');
  const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', EVENTS_FILE: eventsFile, ...env });
  const app = createApp(config, createLogger(config), options);
  const port = await app.listen();
  return { app, url: `http://127.0.0.1:${port}`, close: async () => {
      await app.close();
      rmSync(eventsDir, { recursive: true, force: true });
    },
  };
}

let counter = 0;

/** A message activity as a channel would post it, asking for the replies in the response. */
export function messageActivity(text: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  counter += 1;
  return {
    type: 'message',
    id: `msg-${counter}`,
    text,
    channelId: 'test',
    serviceUrl: 'http://127.0.0.1:9/',
    from: { id: 'user-1', name: 'User' },
    recipient: { id: 'bot', name: 'Sciatica bot' },
    conversation: { id: `conv-${counter}` },
    deliveryMode: 'expectReplies',
    ...overrides,
  };
}

export async function postActivity(url: string, body: unknown): Promise<{ status: number; json: any }> {
  const response = await fetch(`${url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  let json: any;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = text;
  }
  return { status: response.status, json };
}
