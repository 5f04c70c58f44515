import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeClock } from '../helpers/fake-clock';
import { startChannelService } from '../helpers/channel-service';
import { startApp, type RunningApp } from '../helpers/start-app';
import { CHANNEL_KINDS, WalkthroughChat, type ChannelKind } from '../helpers/walkthrough-chat';

let app: RunningApp;
const clock = new FakeClock();
let channel: Awaited<ReturnType<typeof startChannelService>>;

beforeAll(async () => {
  channel = await startChannelService();
  app = await startApp({}, { clock });
}, 60_000);

afterAll(async () => {
  await app?.close();
  await channel?.close();
});

const chat = (kind: ChannelKind) => new WalkthroughChat(app.url, kind, channel.url);

/** Where the buttons are: suggested actions in Web Chat and personal chat, an Adaptive Card with Action.Submit in a Teams channel. */
function expectControlsShaped(c: WalkthroughChat) {
  const step = c.last.find((a) => /Step \d+ of \d+/.test(a.text ?? ''));
  expect(step, `a step in ${c.text()}`).toBeDefined();
  if (c.kind === 'teams-channel') {
    expect(step.suggestedActions).toBeUndefined();
    const card = step.attachments.find((a: any) => a.contentType === 'application/vnd.microsoft.card.adaptive');
    expect(card.content.actions.every((a: any) => a.type === 'Action.Submit')).toBe(true);
  } else {
    const titles = step.suggestedActions.actions.map((a: any) => a.title);
    expect(titles).toContain('Next');
    expect(titles).toContain('Stop');
    if (c.kind === 'teams-personal') expect(titles.length).toBeLessThanOrEqual(3);
    else expect(titles).toContain('Repeat');
  }
}

/** Passes the cautions and the check-first question, which come before step 1. */
async function passCheckFirst(c: WalkthroughChat) {
  expect(c.text()).toContain('avoid massaging directly over your spine or on any other bony parts');
  expect(c.text()).toMatch(/Uncontrolled high blood pressure, an infection, kidney or liver issues, an injury .* or pregnancy/);
  await c.press('None of these');
}

describe.each(CHANNEL_KINDS)('a guided walkthrough over /api/messages (%s)', (kind) => {
  it('hands-on low back massage on your own: asks who, the cautions and the check first, then every step with Next, Back and Repeat, and a closing with the feedback prompt', async () => {
    const c = chat(kind);
    await c.type('walk me through the low back massage');
    expect(c.text()).toContain('Which is it for you?');
    expect(c.buttons().map((b) => b.title)).toEqual(['On my own', 'With a partner']);
    await c.press('On my own');
    await passCheckFirst(c);
    expect(c.text()).toContain('**Step 1 of 3: Reach behind your back**');
    expect(c.text()).toContain('Simply bend your arms and reach behind your back.');
    expectControlsShaped(c);
    await c.press('Next');
    expect(c.text()).toContain('Step 2 of 3');
    expect(c.text()).toContain('Massage your lower back tissue with your fingers for a few minutes.');
    await c.pressOrType('Back');
    expect(c.text()).toContain('Step 1 of 3');
    await c.pressOrType('Repeat');
    expect(c.text()).toContain('Simply bend your arms and reach behind your back.');
    await c.press('Next');
    await c.press('Next');
    expect(c.text()).toContain('Step 3 of 3');
    expect(c.text()).toContain('Alternatively, you can run your knuckles up and down the muscles near your spine.');
    await c.press('Next');
    expect(c.text()).toContain('That’s all the steps of “Hands-On Low Back Massage”'.replace('’', "'"));
    expect(c.text()).toContain('check with your healthcare team');
    const closing = c.last.find((a) => /That's all the steps/.test(a.text));
    if (kind === 'webchat') expect(closing.attachments.some((a: any) => a.content?.text === 'Was this answer helpful?')).toBe(true);
    else expect(closing.channelData).toEqual({ feedbackLoopEnabled: true });
    // It has ended: "Next" is no longer a step, and the bot says so.
    await c.type('Next');
    expect(c.text()).not.toMatch(/Step \d+ of/);
    expect(c.text()).toContain("There's no walkthrough running just now");
    expect(c.buttons().map((b) => b.title)).toEqual(['Guide me: Hands-On Low Back Massage', 'Guide me: Try a Body Massager']);
  }, 60_000);

  it('with a partner, named in the request: no question who, the check asked once per conversation', async () => {
    const c = chat(kind);
    await c.type('walk me through the low back massage with a partner');
    expect(c.text()).not.toContain('Which is it for you?');
    await passCheckFirst(c);
    expect(c.text()).toContain('Step 1 of 2: Lie down comfortably');
    expect(c.text()).toContain('It’s best to first lie down in a comfortable position.');
    await c.press('Next');
    expect(c.text()).toContain('Then, they can use a combination of their knuckles, thumbs, and fingers');
    await c.press('Next');
    expect(c.text()).toContain("That's all the steps");
    // The same conversation again: the cautions, but not the question already answered.
    await c.type('walk me through the low back massage with a partner');
    expect(c.text()).toContain('avoid massaging directly over your spine');
    expect(c.text()).not.toContain('Uncontrolled high blood pressure');
    expect(c.text()).toContain('Step 1 of 2');
  }, 60_000);

  it('a body massager, step by step: seven steps from the article, a timer offered where it gives a time, Stop ends it', async () => {
    const c = chat(kind);
    await c.type('step by step how do I use the massager');
    await passCheckFirst(c);
    const steps = [
      'Have a seat in a chair or on a couch with a high back.',
      'Turn the massage tool on to its lightest-pressure setting.',
      'Align it with your low back muscles, and lean back into it.',
      'Allow it to gently massage your muscles for a few minutes.',
      'After those first couple of minutes, you can adjust the device to your preferred pressure and move it around as needed.',
      'Enjoy for up to ten minutes per session.',
      'If necessary, feel free to repeat a few times throughout the day.',
    ];
    for (const [i, text] of steps.entries()) {
      expect(c.text()).toContain(`Step ${i + 1} of 7`);
      expect(c.text()).toContain(text);
      const timer = c.buttons().find((b) => b.title.startsWith('Time '));
      expect(timer?.title, `step ${i + 1}`).toBe(i === 3 ? 'Time 3 minutes' : i === 5 ? 'Time 10 minutes' : undefined);
      if (i < steps.length - 1) await c.press('Next');
    }
    await c.press('Back');
    expect(c.text()).toContain('Step 6 of 7');
    await c.press('Stop');
    expect(c.text()).toContain("I've stopped the walkthrough");
    await c.type('Next');
    expect(c.text()).not.toMatch(/Step \d+ of/);
  }, 60_000);

  it('"Guide me" under a technique answer starts its walkthrough', async () => {
    const c = chat(kind);
    await c.type('How do I use a body massager for sciatica?');
    expect(c.text()).toContain('From: Try a Body Massager');
    await c.press('Guide me');
    await passCheckFirst(c);
    expect(c.text()).toContain('Step 1 of 7');
  }, 60_000);

  it('"cancel" and "that\'s enough" end it too', async () => {
    for (const words of ['cancel', "that's enough"]) {
      const c = chat(kind);
      await c.type('step by step how do I use the massager');
      await c.press('None of these');
      await c.type(words);
      expect(c.text()).toContain("I've stopped the walkthrough");
    }
  }, 60_000);
});

describe('interruptions mid-walkthrough', () => {
  it.each(CHANNEL_KINDS)('a question is answered, then the walkthrough offers to resume where it was (%s)', async (kind) => {
    const c = chat(kind);
    await c.type('step by step how do I use the massager');
    await c.press('None of these');
    await c.press('Next');
    expect(c.text()).toContain('Step 2 of 7');
    await c.type('how often can I use the massager?');
    expect(c.text()).toContain('repeat a few times throughout the day');
    expect(c.text()).toContain('You were on step 2 of 7');
    await c.press('Resume');
    expect(c.text()).toContain('Step 2 of 7');
    expect(c.text()).toContain('Turn the massage tool on to its lightest-pressure setting.');
    await c.press('Next');
    expect(c.text()).toContain('Step 3 of 7');
  }, 60_000);

  it.each(CHANNEL_KINDS)('a red flag ends it at once with the emergency reply and nothing else (%s)', async (kind) => {
    const c = chat(kind);
    await c.type('walk me through the low back massage on my own');
    await c.press('None of these');
    await c.press('Next');
    await c.type('I suddenly cannot feel anything around my groin and bottom');
    expect(c.last).toHaveLength(1);
    expect(c.text()).toMatch(/^Please get emergency medical help now/);
    expect(c.text()).not.toMatch(/Step \d|walkthrough|massage your/i);
    await c.type('Next');
    expect(c.text()).not.toMatch(/Step \d+ of/);
  }, 60_000);

  it('a crisis message ends it with the crisis reply', async () => {
    const c = chat('webchat');
    await c.type('step by step how do I use the massager');
    await c.press('None of these');
    await c.type('I want to end my life');
    expect(c.text()).toContain('crisis line');
    expect(c.text()).not.toMatch(/Step \d/);
  }, 60_000);

  it('a risk message goes through the risk dialog first, and the walkthrough does not go on', async () => {
    const c = chat('webchat');
    await c.type('step by step how do I use the massager');
    await c.press('None of these');
    await c.type("I'm pregnant, is this still ok?");
    expect(c.text()).toMatch(/^Please talk to your doctor or another healthcare provider before trying massage/);
    expect(c.text()).toContain('certified prenatal massage therapist');
    expect(c.text()).not.toMatch(/Step \d/);
    await c.type('no');
    expect(c.text()).toContain('If any of those ever start, get emergency help');
  }, 60_000);

  it('"one of them applies" to the check-first question goes to the risk dialog instead of step 1', async () => {
    const c = chat('webchat');
    await c.type('step by step how do I use the massager');
    await c.press('One of them applies');
    expect(c.text()).toMatch(/^Please talk to your doctor or another healthcare provider before trying massage/);
    expect(c.text()).toContain('Do any of these apply to you?');
    expect(c.text()).not.toMatch(/Step \d/);
  }, 60_000);
});

describe('step timers', () => {
  it.each(['webchat', 'teams-personal'] as const)('a timer sends a proactive message to the conversation when it ends, through continueConversationAsync (%s)', async (kind) => {
    const c = chat(kind);
    await c.type('step by step how do I use the massager');
    await c.press('None of these');
    for (let i = 0; i < 3; i++) await c.press('Next');
    expect(c.text()).toContain('Step 4 of 7');
    const before = channel.received.length;
    await c.press('Time 3 minutes');
    expect(c.text()).toContain('Timer set for 3 minutes');
    clock.advance(2 * 60_000);
    await new Promise((r) => setTimeout(r, 300));
    expect(channel.received.length).toBe(before);
    clock.advance(60_000);
    const received = await channel.waitFor(before + 1);
    const message = received[before]!;
    expect(message.path).toContain(`/v3/conversations/${encodeURIComponent(c.conversationId)}/activities`);
    expect(message.activity.text).toBe("Time's up: that's 3 minutes. Go on to the next step whenever you're ready, and stop if anything hurts.");
    // The walkthrough is still where it was.
    await c.press('Next');
    expect(c.text()).toContain('Step 5 of 7');
  }, 60_000);

  it('Stop cancels a running timer: nothing is sent when it would have ended', async () => {
    const c = chat('webchat');
    await c.type('step by step how do I use the massager');
    await c.press('None of these');
    for (let i = 0; i < 5; i++) await c.press('Next');
    await c.press('Time 10 minutes');
    const before = channel.received.length;
    await c.press('Stop');
    clock.advance(11 * 60_000);
    await new Promise((r) => setTimeout(r, 500));
    expect(channel.received.length).toBe(before);
  }, 60_000);

  it('a step with no time in the article offers no timer, and says so when asked', async () => {
    const c = chat('webchat');
    await c.type('step by step how do I use the massager');
    await c.press('None of these');
    expect(c.buttons().map((b) => b.title)).toEqual(['Next', 'Repeat', 'Stop']);
    await c.type('start timer');
    expect(c.text()).toContain('The article gives no time for this step');
  }, 60_000);
});

describe('step timers in local mode, through the local Direct Line', () => {
  it('the timer message joins the web chat conversation for the page\'s next poll', async () => {
    const { token } = await (await fetch(`${app.url}/api/directline/token`)).json();
    const auth = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    const started = await (await fetch(`${app.url}/v3/directline/conversations`, { method: 'POST', headers: auth })).json();
    const base = `${app.url}/v3/directline/conversations/${started.conversationId}`;
    const headers = { ...auth, authorization: `Bearer ${started.token}` };
    const send = async (text: string) => {
      const response = await fetch(`${base}/activities`, { method: 'POST', headers, body: JSON.stringify({ type: 'message', text, from: { id: 'page-user' } }) });
      expect(response.status).toBe(200);
    };
    const botTexts = async () => ((await (await fetch(`${base}/activities`, { headers })).json()).activities as any[]).filter((a) => a.from.role === 'bot').map((a) => a.text as string);
    await send('step by step how do I use the massager');
    await send('None of these');
    for (let i = 0; i < 5; i++) await send('Next');
    await send('Start timer');
    expect((await botTexts()).at(-1)).toContain('Timer set for 10 minutes');
    clock.advance(10 * 60_000);
    const deadline = Date.now() + 10_000;
    while (!(await botTexts()).at(-1)?.startsWith("Time's up") && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect((await botTexts()).at(-1)).toBe("Time's up: that's 10 minutes. Go on to the next step whenever you're ready, and stop if anything hurts.");
  }, 60_000);
});
