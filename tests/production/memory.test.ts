import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/app';
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/logger';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
// Pending turn events are written after a short delay: let them go out before measuring.
const heapMb = async () => {
  await new Promise((resolve) => setTimeout(resolve, 600));
  gc();
  return process.memoryUsage().heapUsed / 1024 / 1024;
};

describe('memory stays bounded however many people chat', () => {
  it('holds the heap flat across tens of thousands of new conversations once state is at its cap', async () => {
    // Every other conversation opens the risk dialog, which keeps its place in conversation state.
    // Rate limits off: their buckets are bounded too, but at 50,000 keys, beyond this test.
    const config = loadConfig({
      PORT: '0',
      LOG_LEVEL: 'silent',
      EVENTS_FILE: '/tmp/memory-test-events.jsonl',
      STATE_MAX_CONVERSATIONS: process.env.MEMORY_TEST_STATE_CAP ?? '1000',
      RATE_LIMIT_CONVERSATION_PER_SECOND: '0',
    });
    const app = createApp(config, createLogger(config));
    const turn = (i: number) =>
      app.adapter.processInProcess(
        { type: 'message', text: i % 2 ? 'how long should I use the body massager?' : 'I am pregnant, is massage ok?', channelId: 'test', serviceUrl: 'http://127.0.0.1:9/', from: { id: `u${i}`, name: 'User' }, recipient: { id: 'bot', name: 'Bot' }, conversation: { id: `c${i}` } as never, deliveryMode: 'expectReplies' },
        (context) => app.bot.run(context),
      );
    for (let i = 0; i < 12_000; i++) await turn(i); // past every cap (state, answered messages), warm
    const before = await heapMb();
    for (let i = 12_000; i < 72_000; i++) await turn(i);
    const after = await heapMb();
    await app.close();
    console.log(`heap ${before.toFixed(1)} MB -> ${after.toFixed(1)} MB over 60,000 new conversations`);
    expect(after - before).toBeLessThan(4);
  }, 120_000);
});
