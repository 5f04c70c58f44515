import { describe, expect, it } from 'vitest';
import { BoundedMemoryStorage } from '../../src/storage/bounded-memory-storage';
import { createTestBot, say } from '../helpers/test-bot';

const KEY = 'test/conversations/Convo1/';

/** A conversation that answers, opens the risk dialog, ends it, walks through a technique and stops. */
const SCRIPT = [
  'what causes sciatica',
  "I'm pregnant",
  'no',
  'how long should I use a body massager?',
  'walk me through the low back massage',
  'On my own',
  'None of these',
  'next',
  'stop',
  'thank you!',
];

describe('conversation state read only where it may be', () => {
  it('gives the same replies whether or not the storage knows its keys', async () => {
    const plain = createTestBot();
    const bounded = createTestBot({ storage: new BoundedMemoryStorage(100, 60_000) });
    for (const text of SCRIPT) {
      const [a, b] = [await say(plain.adapter, text), await say(bounded.adapter, text)];
      expect(b.map((r) => r.text), text).toEqual(a.map((r) => r.text));
    }
  });

  it('stores nothing for a conversation that only asks questions, and nothing again once its dialog ends', async () => {
    const storage = new BoundedMemoryStorage(100, 60_000);
    const { adapter } = createTestBot({ storage });
    await say(adapter, 'what causes sciatica');
    expect(storage.holds(KEY)).toBe(false);
    await say(adapter, "I'm pregnant");
    expect(storage.holds(KEY)).toBe(true);
    expect((await storage.read([KEY]))[KEY]?.dialogState?.dialogStack).toHaveLength(1);
    await say(adapter, 'no');
    expect(storage.holds(KEY)).toBe(false);
  });

  it('does not keep an item written empty', async () => {
    const storage = new BoundedMemoryStorage(100, 60_000);
    await storage.write({ a: { x: 1 }, b: { eTag: '*' } });
    expect([storage.holds('a'), storage.holds('b')]).toEqual([true, false]);
    await storage.write({ a: { eTag: '*' } });
    expect(storage.holds('a')).toBe(false);
    expect(await storage.read(['a', 'b'])).toEqual({});
  });
});
