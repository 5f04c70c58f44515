import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BatchingEventSink } from '../../src/events/batching-event-sink';
import { JsonlEventSink } from '../../src/events/jsonl-event-sink';
import { maskPersonalData } from '../../src/events/mask-personal-data';
import { createLogger } from '../../src/logger';
import { createTestBot, say } from '../helpers/test-bot';

describe('turn events for the content owners', () => {
  it.each([
    ['how long should I use the body massager?', { kind: 'answer', sectionId: expect.stringContaining('try-a-body-massager') }],
    ['what is the best recipe for lasagne?', { kind: 'fallback' }],
    ['hello', { kind: 'small-talk', intent: 'greeting' }],
    ["I'm pregnant", { kind: 'safety', level: 'check-first', conditions: ['pregnancy'] }],
    ["I can't control my bladder", { kind: 'safety', level: 'emergency' }],
  ])('records "%s" with no user id', async (message, expected) => {
    const { adapter, events } = createTestBot();
    await say(adapter, message);
    expect(events[0]).toMatchObject({ ...expected, channel: 'test' });
    expect(Date.parse(events[0]!.at)).not.toBeNaN();
    expect(JSON.stringify(events[0])).not.toMatch(/user1|"from"|"id"/);
  });

  it('keeps no text of answered or safety turns unless the operator turns text logging on', async () => {
    const { adapter, events } = createTestBot();
    await say(adapter, 'how long should I use the body massager?');
    await say(adapter, "I'm pregnant");
    expect(events.every((e) => e.text === undefined)).toBe(true);
    const logged = createTestBot({ logUserText: true });
    await say(logged.adapter, 'how long should I use the body massager?');
    expect(logged.events[0]!.text).toBe('how long should I use the body massager?');
  });

  it('keeps the text of unanswered questions, with emails and phone numbers masked', async () => {
    const { adapter, events } = createTestBot();
    await say(adapter, 'can you email me at pat.smith@example.com or call 07700 900123 about delivery times?');
    expect(events[0]).toMatchObject({ kind: 'fallback', text: 'can you email me at [email] or call [number] about delivery times?' });
  });

  it('records a thumbs up or down from the Web Chat feedback card against the answered section', async () => {
    const { adapter, events } = createTestBot();
    const [answer] = await say(adapter, 'how long should I use the body massager?');
    const card = answer!.attachments![0]!.content as any;
    expect(card.text).toBe('Was this answer helpful?');
    const notHelpful = card.buttons.find((b: any) => b.title === 'Not helpful');
    adapter.activeQueue.splice(0);
    await adapter.send({ type: 'message', text: '', value: notHelpful.value } as any);
    expect(events.at(-1)).toMatchObject({ kind: 'feedback', reaction: 'dislike', sectionId: expect.stringContaining('try-a-body-massager') });
    expect(adapter.activeQueue[0]!.text).toMatch(/Thanks for letting me know/);
  });

  it('masks personal data', () => {
    expect(maskPersonalData('me@x.org, +44 (0)20 7946 0958, https://a.b/c')).toBe('[email], [number], [link]');
  });

  it('appends events to a JSON Lines file in the background', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'events-'));
    const file = join(dir, 'nested', 'events.jsonl');
    const sink = new JsonlEventSink(file, createLogger({ logLevel: 'silent' }));
    for (let i = 0; i < 50; i++) sink.record({ kind: 'small-talk', intent: 'thanks', at: new Date().toISOString(), channel: 'test' });
    await sink.drain();
    const lines = readFileSync(file, 'utf8').trim().split('\n');
    expect(lines).toHaveLength(50);
    expect(JSON.parse(lines[0]!)).toMatchObject({ kind: 'small-talk', intent: 'thanks' });
    rmSync(dir, { recursive: true });
  });

  it('gathers a busy moment into one write, and writes it without being asked', async () => {
    const writes: string[] = [];
    const sink = new BatchingEventSink(async (lines) => void writes.push(lines), createLogger({ logLevel: 'silent' }), 20);
    for (let i = 0; i < 30; i++) sink.record({ kind: 'small-talk', intent: 'thanks', at: new Date().toISOString(), channel: 'test' });
    expect(writes).toHaveLength(0);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(writes).toHaveLength(1);
    expect(writes[0]!.trim().split('\n')).toHaveLength(30);
  });

  it('keeps recording after the store fails once', async () => {
    let fail = true;
    const written: string[] = [];
    const sink = new BatchingEventSink(async (lines) => {
      if (fail) throw new Error('store down');
      written.push(lines);
    }, createLogger({ logLevel: 'silent' }), 5);
    sink.record({ kind: 'small-talk', intent: 'thanks', at: new Date().toISOString(), channel: 'test' });
    await sink.drain();
    fail = false;
    sink.record({ kind: 'small-talk', intent: 'greeting', at: new Date().toISOString(), channel: 'test' });
    await sink.drain();
    expect(written.join('')).toContain('greeting');
  });
});
