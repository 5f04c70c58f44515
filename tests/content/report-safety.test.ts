import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/core/knowledge/load-knowledge';
import { renderReport, terminalSummary } from '../../src/tools/report/render-report';
import { summariseEvents } from '../../src/tools/report/summarise-events';
import type { TurnEvent } from '../../src/events/turn-event';
import { createTestBot, say } from '../helpers/test-bot';

const sections = loadKnowledge(resolve(__dirname, '../../knowledge')).sections;

describe('the report shows safety replies by level and by what raised them', () => {
  let events: TurnEvent[];
  beforeAll(async () => {
    const bot = createTestBot();
    // A named rule, the learned net alone (no rule spells this out), and a rule that names no condition.
    await say(bot.adapter, "I suddenly can't control my bladder");
    await say(bot.adapter, "went to pee and realised I'd already gone without feeling it");
    await say(bot.adapter, 'is massage ok with my condition?');
    events = [...bot.events, { kind: 'safety', level: 'urgent', conditions: [], at: '2026-11-01T10:00:00.000Z', channel: 'webchat' }];
  }, 180_000);

  it('records what raised each safety reply', () => {
    const safety = events.filter((e) => e.kind === 'safety');
    expect(safety.slice(0, 3)).toEqual([
      expect.objectContaining({ level: 'emergency', raisedBy: 'rule', rules: ['bladder'] }),
      // A red flag only the net suspects is asked about (the risk dialog's red-flag questions), at check-first.
      expect.objectContaining({ level: 'check-first', raisedBy: 'net', rules: [] }),
      expect.objectContaining({ level: 'check-first', raisedBy: 'rule', rules: [] }),
    ]);
  });

  it('groups them by level and by rule or net, older events apart, in the HTML and the terminal', () => {
    const summary = summariseEvents(events, sections);
    expect(summary.safetyRaisedBy).toEqual([
      { level: 'emergency', by: 'rule: bladder', count: 1 },
      { level: 'urgent', by: '(not recorded: older events)', count: 1 },
      { level: 'check-first', by: 'the learned net', count: 1 },
      { level: 'check-first', by: 'rule: (no condition named)', count: 1 },
    ]);
    const html = renderReport(summary, new Date());
    expect(html).toContain('<tr><td>check-first</td><td>the learned net</td><td>1</td></tr>');
    expect(html).toContain('<tr><td>emergency</td><td>rule: bladder</td><td>1</td></tr>');
    expect(html).toMatch(/<svg role="img" aria-label="Safety replies by level"/);
    expect(terminalSummary(summary)).toContain('1x  check-first, the learned net');
  });
});
