import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAzurite, type Azurite } from '../helpers/azurite';
import { startChannelService } from '../helpers/channel-service';
import { FakeClock } from '../helpers/fake-clock';
import { startApp, type RunningApp } from '../helpers/start-app';
import { WalkthroughChat } from '../helpers/walkthrough-chat';

let azurite: Azurite;
let a: RunningApp;
let b: RunningApp;
let channel: Awaited<ReturnType<typeof startChannelService>>;
// Each instance has its own clock, as two machines would.
const clockA = new FakeClock();
const clockB = new FakeClock();

beforeAll(async () => {
  azurite = await createAzurite();
  await azurite.start();
  channel = await startChannelService();
  const env = { STORAGE: 'blob', BLOB_CONNECTION_STRING: azurite.connectionString, BLOB_CONTAINER: 'walkthrough-state' };
  [a, b] = await Promise.all([startApp(env, { clock: clockA }), startApp(env, { clock: clockB })]);
}, 90_000);

afterAll(async () => {
  await Promise.all([a?.close(), b?.close()]);
  await channel?.close();
  await azurite?.dispose();
});

const settle = () => new Promise((r) => setTimeout(r, 400));

describe('a walkthrough across two instances sharing Azure Blob Storage (Azurite)', () => {
  it.each(['webchat', 'teams-channel'] as const)('each message may reach either instance: the walkthrough goes on where it was (%s)', async (kind) => {
    const c = new WalkthroughChat(a.url, kind, channel.url);
    await c.type('walk me through the low back massage');
    await c.via(b.url).press('On my own');
    expect(c.text()).toContain('avoid massaging directly over your spine');
    await c.via(a.url).press('None of these');
    expect(c.text()).toContain('Step 1 of 3');
    await c.via(b.url).press('Next');
    expect(c.text()).toContain('Step 2 of 3');
    await c.via(a.url).press('Back');
    expect(c.text()).toContain('Step 1 of 3');
    await c.via(b.url).type('what causes sciatica?');
    expect(c.text()).toContain('From: Causes of Sciatica Pain');
    expect(c.text()).toContain('You were on step 1 of 3');
    await c.via(a.url).press('Resume');
    expect(c.text()).toContain('Step 1 of 3');
    await c.via(b.url).press('Next');
    await c.via(a.url).press('Next');
    expect(c.text()).toContain('Step 3 of 3');
    await c.via(b.url).press('Next');
    expect(c.text()).toContain("That's all the steps");
  }, 60_000);

  it('a Stop on the other instance cancels the timer the first one is waiting on', async () => {
    const c = new WalkthroughChat(a.url, 'webchat', channel.url);
    await c.type('step by step how do I use the massager');
    await c.press('None of these');
    for (let i = 0; i < 3; i++) await c.press('Next');
    await c.press('Time 3 minutes');
    const before = channel.received.length;
    await c.via(b.url).press('Stop');
    clockA.advance(4 * 60_000);
    clockB.advance(4 * 60_000);
    await settle();
    expect(channel.received.length).toBe(before);
  }, 60_000);

  it('a live timer is also waited on by the instance that hears from the conversation next (as after a restart) and sent once; one that came due while no instance waited is dropped, never sent late', async () => {
    // A timer started on A; A "restarts" (its waiting is gone: its clock never moves again).
    const live = new WalkthroughChat(a.url, 'webchat', channel.url);
    await live.type('step by step how do I use the massager');
    await live.press('None of these');
    for (let i = 0; i < 5; i++) await live.press('Next');
    await live.press('Time 10 minutes');
    const before = channel.received.length;
    // B hears from the conversation while the timer is live, and takes it over.
    await live.via(b.url).press('Repeat');
    clockB.advance(10 * 60_000 + 1);
    const received = await channel.waitFor(before + 1);
    expect(received[before]!.activity.text).toContain("Time's up: that's 10 minutes");
    // When A's old waiting ends too, the timer has been sent: nothing twice.
    clockA.advance(10 * 60_000 + 1);
    await settle();
    expect(channel.received.length).toBe(before + 1);

    // A timer that came due while nobody waited for it: the next message drops it silently.
    const stale = new WalkthroughChat(a.url, 'webchat', channel.url);
    await stale.type('step by step how do I use the massager');
    await stale.press('None of these');
    for (let i = 0; i < 3; i++) await stale.press('Next');
    await stale.press('Time 3 minutes');
    clockB.advance(5 * 60_000);
    await stale.via(b.url).press('Next');
    expect(stale.text()).toContain('Step 5 of 7');
    expect(stale.text()).not.toContain("Time's up");
    clockB.advance(5 * 60_000);
    await settle();
    expect(channel.received.length).toBe(before + 1);
  }, 60_000);
});
