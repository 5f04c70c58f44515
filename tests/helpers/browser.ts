import { existsSync, mkdirSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { spawnBot, type SpawnedBot } from './spawn-bot';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface BrowserSession {
  bot: SpawnedBot;
  browser: Browser;
}

/**
 * A spawned bot and Debian's Chromium for the tests of one file, started before them and
 * stopped after; `artifacts` is made for the screenshots a person looks at. The flags keep
 * Chromium off the network this machine does not reach.
 */
export function useBotInBrowser(artifacts: string, env: Record<string, string> = {}): BrowserSession {
  const session = {} as BrowserSession;
  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) {
      throw new Error(`Chromium is not installed at ${CHROMIUM}: run "apt-get install -y --no-install-recommends chromium" (.ci/run does this).`);
    }
    mkdirSync(artifacts, { recursive: true });
    session.bot = await spawnBot(env);
    session.browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
    });
  }, 90_000);
  afterAll(async () => {
    await session.browser?.close();
    await session.bot?.stop();
  });
  return session;
}
