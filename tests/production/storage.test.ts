import { describe, expect, it } from 'vitest';
import { BoundedMemoryStorage } from '../../src/storage/bounded-memory-storage';
import { RateLimiter } from '../../src/server/hardening/rate-limiter';

describe('conversation state in memory stays bounded', () => {
  it('keeps at most the configured number of conversations, dropping the least recent', async () => {
    const storage = new BoundedMemoryStorage(1000, 60_000);
    for (let i = 0; i < 100_000; i++) await storage.write({ [`c${i}`]: { dialogState: { dialogStack: [] } } });
    expect(storage.size).toBe(1000);
    expect(await storage.read(['c0'])).toEqual({});
    expect(Object.keys(await storage.read(['c99999']))).toEqual(['c99999']);
  });

  it('forgets conversations idle for longer than the limit', async () => {
    let now = 0;
    const storage = new BoundedMemoryStorage(10, 1000, () => now);
    await storage.write({ a: { x: 1 } });
    now = 500;
    await storage.write({ b: { x: 2 } });
    now = 1200;
    expect(Object.keys(await storage.read(['a', 'b']))).toEqual(['b']);
  });

  it('refuses a write based on a stale read (eTag)', async () => {
    const storage = new BoundedMemoryStorage(10, 60_000);
    await storage.write({ a: { x: 1 } });
    const first = (await storage.read(['a'])).a!;
    await storage.write({ a: { ...first, x: 2 } });
    await expect(storage.write({ a: { ...first, x: 3 } })).rejects.toThrow(/eTag conflict/);
  });
});

describe('rate limiter', () => {
  it('allows a burst, then the steady rate', () => {
    let now = 0;
    const limiter = new RateLimiter(2, 4, 100, () => now);
    expect(Array.from({ length: 6 }, () => limiter.take('k'))).toEqual([true, true, true, true, false, false]);
    now = 1000;
    expect([limiter.take('k'), limiter.take('k'), limiter.take('k')]).toEqual([true, true, false]);
    expect(limiter.take('other')).toBe(true);
  });
});
