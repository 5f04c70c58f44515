import type { Activity } from 'botbuilder';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/core/knowledge/load-knowledge';
import { summariseEvents } from '../../src/tools/report/summarise-events';
import { renderReport } from '../../src/tools/report/render-report';
import { createTestBot, say } from '../helpers/test-bot';

const sections = loadKnowledge(resolve(__dirname, '../../knowledge')).sections;

/** The answer's feedback card buttons, as Web Chat shows them. */
function feedbackButtons(answer: Partial<Activity>) {
  const card = answer.attachments!.find((a) => (a.content as { text?: string }).text === 'Was this answer helpful?')!.content as { buttons: { title: string; value: Record<string, string> }[] };
  return Object.fromEntries(card.buttons.map((b) => [b.title, b.value]));
}

async function click(adapter: ReturnType<typeof createTestBot>['adapter'], value: unknown) {
  adapter.activeQueue.splice(0);
  await adapter.send({ type: 'message', text: '', value } as Partial<Activity>);
  return adapter.activeQueue.splice(0).map((a) => a.text ?? '');
}

describe('feedback once per answer', () => {
  // The first bot of a process trains its safety net: slow on a loaded machine, so done once here.
  beforeAll(() => void createTestBot(), 180_000);

  it('the same vote twice on one answer is one event, and the second click is told so', async () => {
    const { adapter, events } = createTestBot();
    const [answer] = await say(adapter, 'how long should I use the body massager?');
    const { Helpful } = feedbackButtons(answer!);
    expect(Helpful!.answerId).toBeTruthy();
    expect(await click(adapter, Helpful)).toEqual([expect.stringMatching(/^Thanks for letting me know/)]);
    expect(await click(adapter, Helpful)).toEqual([expect.stringMatching(/^You already told me about that answer/)]);
    expect(events.filter((e) => e.kind === 'feedback')).toHaveLength(1);
  });

  it('a different second vote replaces the first: the report counts one vote, the new one', async () => {
    const { adapter, events } = createTestBot();
    const [answer] = await say(adapter, 'how long should I use the body massager?');
    const buttons = feedbackButtons(answer!);
    await click(adapter, buttons.Helpful);
    await click(adapter, buttons['Not helpful']);
    await click(adapter, buttons['Not helpful']);
    expect(events.filter((e) => e.kind === 'feedback').at(-1)).toMatchObject({ reaction: 'dislike', replaces: 'like' });
    const row = summariseEvents(events, sections).feedback.find((f) => f.heading === 'Try a Body Massager');
    expect(row).toEqual({ heading: 'Try a Body Massager', likes: 0, dislikes: 1 });
  });

  it('"what was missing" after Not helpful is kept once, masked, and shown in the report', async () => {
    const { adapter, events } = createTestBot();
    const [answer] = await say(adapter, 'how long should I use the body massager?');
    const notHelpful = feedbackButtons(answer!)['Not helpful']!;
    await click(adapter, notHelpful);
    const comment = { feedbackComment: 'which setting to use, mail me at pat@example.com', answerId: notHelpful.answerId, sectionId: notHelpful.sectionId };
    expect(await click(adapter, comment)).toEqual([expect.stringMatching(/^Thank you, that tells the people/)]);
    expect(await click(adapter, { ...comment, feedbackComment: 'again' })).toEqual([expect.stringMatching(/^You already told me/)]);
    const kept = events.filter((e) => e.kind === 'feedback-comment');
    expect(kept).toEqual([expect.objectContaining({ text: 'which setting to use, mail me at [email]', sectionId: notHelpful.sectionId })]);
    const html = renderReport(summariseEvents(events, sections), new Date());
    expect(html).toContain('which setting to use, mail me at [email]');
    expect(html).not.toContain('pat@example.com');
  });

  it('is not taken without a Not helpful vote on that answer', async () => {
    const { adapter, events } = createTestBot();
    const [answer] = await say(adapter, 'how long should I use the body massager?');
    const helpful = feedbackButtons(answer!).Helpful!;
    await click(adapter, helpful);
    await click(adapter, { feedbackComment: 'nothing', answerId: helpful.answerId });
    expect(events.filter((e) => e.kind === 'feedback-comment')).toHaveLength(0);
  });

  it('a red flag typed as what was missing gets the emergency reply', async () => {
    const { adapter } = createTestBot();
    const [answer] = await say(adapter, 'how long should I use the body massager?');
    const notHelpful = feedbackButtons(answer!)['Not helpful']!;
    await click(adapter, notHelpful);
    const replies = await click(adapter, { feedbackComment: "it didn't say what to do now I can't control my bladder", answerId: notHelpful.answerId });
    expect(replies.join('\n')).toMatch(/^Please get emergency medical help now/);
  });
});
