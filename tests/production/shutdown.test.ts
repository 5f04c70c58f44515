import { describe, expect, it } from 'vitest';
import { spawnBot } from '../helpers/spawn-bot';

describe('graceful shutdown', () => {
  it('stops on SIGTERM with exit code 0 after saying so, and says loudly that it runs in local mode', async () => {
    const bot = await spawnBot();
    expect(bot.output()).toMatch(/LOCAL MODE/);
    const ready = await fetch(`${bot.url}/readyz`);
    expect(ready.status).toBe(200);
    const code = await bot.stop('SIGTERM');
    expect(code).toBe(0);
    expect(bot.output()).toMatch(/"msg":"stopped"/);
  }, 60_000);
});
