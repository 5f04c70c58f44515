import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Assistant } from '../../src/core/assistant';
import { loadKnowledge } from '../../src/core/knowledge/load-knowledge';
import { decide } from '../../src/core/matching/decide';
import { evaluate, firstHeading } from '../../src/core/matching/evaluate';
import { Matcher } from '../../src/core/matching/matcher';
import { BALANCED_IN_SCOPE, BALANCED_OFF_TOPIC } from '../fixtures/questions/balanced';
import { FRESH_IN_SCOPE, FRESH_OFF_TOPIC } from '../fixtures/questions/fresh';
import { HOLDOUT_IN_SCOPE, HOLDOUT_OFF_TOPIC } from '../fixtures/questions/holdout';
import { LATER_IN_SCOPE, LATER_OFF_TOPIC } from '../fixtures/questions/later';
import { RECENT_IN_SCOPE, RECENT_OFF_TOPIC } from '../fixtures/questions/recent';
import { IN_SCOPE, OFF_TOPIC } from '../fixtures/questions/labelled';

const knowledge = loadKnowledge(resolve(__dirname, '../../knowledge'));
const matcher = new Matcher(knowledge);
const assistant = new Assistant(knowledge, matcher);

/**
 * Questions this matcher still gets wrong, kept visible instead of deleted: `it.fails` turns
 * red when one starts passing, so the list only ever shrinks.
 */
const KNOWN_MISSES = new Set([
  'what should i know before getting a massage for sciatica',
  'is massage worth it for nerve pain, does it actually help?',
]);

describe('labelled questions land on their section first', () => {
  it('has a broad set: at least 200 in-scope questions over every section', () => {
    expect(IN_SCOPE.length).toBeGreaterThanOrEqual(200);
    for (const section of knowledge.sections) {
      expect(IN_SCOPE.filter(([, h]) => h === section.heading).length, section.heading).toBeGreaterThanOrEqual(10);
    }
  });

  it('puts at least 97% of them on the right section first', () => {
    expect(evaluate(matcher, IN_SCOPE, []).top1Correct / IN_SCOPE.length).toBeGreaterThanOrEqual(0.97);
  });

  it.each(IN_SCOPE.filter(([q]) => !KNOWN_MISSES.has(q)))('%s -> %s', (question, heading) => {
    expect(firstHeading(decide(matcher.match(question)))).toBe(heading);
  });

  it.fails.each(IN_SCOPE.filter(([q]) => KNOWN_MISSES.has(q)))('known miss: %s -> %s', (question, heading) => {
    expect(firstHeading(decide(matcher.match(question)))).toBe(heading);
  });
});

describe('off-topic questions fall back instead of guessing', () => {
  it('has at least 40 of them', () => expect(OFF_TOPIC.length).toBeGreaterThanOrEqual(40));

  it.each(OFF_TOPIC)('%s', (question) => {
    expect(decide(matcher.match(question)).kind).toBe('fallback');
  });
});

/**
 * The other sets, asserted in aggregate, not per question. The target is 97% on questions
 * never seen; these floors only catch regressions, set a little under each set's figure when
 * it was added, without pretending the target is met.
 */
describe.each([
  ['the second, held-out set', HOLDOUT_IN_SCOPE, HOLDOUT_OFF_TOPIC, 0.95, 0.95],
  ['the fresh set written from the article alone', FRESH_IN_SCOPE, FRESH_OFF_TOPIC, 0.95, 0.95],
  // 84.5% when added; every off-topic question fell back.
  ['the later fresh batches', LATER_IN_SCOPE, LATER_OFF_TOPIC, 0.83, 1],
  // Batches D to J, 78-93% before tuning; 94.4% when J joined.
  ['the recent fresh batches D to J', RECENT_IN_SCOPE, RECENT_OFF_TOPIC, 0.94, 0.95],
  // Batches K to X, 82-97% before tuning; 94.2% with all fourteen.
  ['the balanced batches K to X', BALANCED_IN_SCOPE, BALANCED_OFF_TOPIC, 0.935, 0.95],
] as const)('%s', (_name, inScope, offTopic, inScopeFloor, offTopicFloor) => {
  const result = evaluate(matcher, inScope, offTopic);

  it(`puts at least ${inScopeFloor * 100}% of in-scope questions on a right section first`, () => {
    expect(result.top1Correct / result.inScope).toBeGreaterThanOrEqual(inScopeFloor);
  });

  it(`falls back on at least ${offTopicFloor * 100}% of off-topic questions`, () => {
    expect(result.offTopicFallbacks / result.offTopic).toBeGreaterThanOrEqual(offTopicFloor);
  });
});

describe('a question inside a story', () => {
  it.each([
    // The out-of-scope words are in the story, not in what is asked.
    ["I'm 70 and my physio is booked up for weeks, so my son bought me a vibrating body massager for my birthday. How long should each session with it be?", 'Try a Body Massager'],
    ['My chiropractor retired last year and I have not found anyone new. Meanwhile, could my husband massage my lower back for me, and how should I lie?', 'Hands-On Low Back Massage'],
  ])('%s -> %s', (question, heading) => {
    expect(firstHeading(decide(matcher.match(question)))).toBe(heading);
  });

  it('answers a long message at a score that would be a guess for a short one', () => {
    const ranked = [{ section: knowledge.sections[1]!, score: 0.44 }];
    expect(decide({ ranked, terms: 5 }).kind).toBe('fallback');
    expect(decide({ ranked, terms: 12 }).kind).toBe('answer');
  });

  // Known miss: where the story and the question disagree, the story's words ("off work",
  // "my kids", "be back") still outvote the question. Asking the question alone wins here but
  // loses where the question says "it" and only the story says what "it" is.
  it.fails("story words outvote the question: I've been off work for weeks... Does massage actually do anything for sciatica?", () => {
    const question = "I've been off work for weeks with this and my manager keeps asking when I'll be back, my kids are worried too and honestly I'm fed up. Does massage actually do anything for sciatica, or is it a waste?";
    expect(firstHeading(decide(matcher.match(question)))).toBe('How Does Massage Help Sciatica?');
  });

  it.each([
    'My back is fine. Does massage help with neck pain?',
    'I love cooking and my family says my lasagne is the best. What is a good recipe for garlic bread to go with it, and how long should it bake?',
  ])('still falls back when the question itself is off-topic: %s', (question) => {
    expect(decide(matcher.match(question)).kind).toBe('fallback');
  });
});

describe('what a person sees', () => {
  it('answers with the section text, lists as lists, its source named, and follow-ups', () => {
    const { reply } = assistant.respond('how long should i use the massager each time?');
    expect(reply.kind).toBe('answer');
    expect(reply.text).toContain('- Enjoy for up to ten minutes per session.');
    expect(reply.text).toMatch(/From: Try a Body Massager$/);
    expect(reply.source?.heading).toBe('Try a Body Massager');
    expect(reply.suggestions?.length).toBeGreaterThan(0);
    expect(reply.suggestions!.length).toBeLessThanOrEqual(3);
  });

  it('offers follow-ups that, when clicked, land on their own section', () => {
    for (const section of knowledge.sections) {
      const { reply } = assistant.respond(section.questions[0]!);
      expect(reply.source?.heading, section.questions[0]).toBe(section.heading);
      for (const followUp of reply.suggestions ?? []) {
        expect(assistant.respond(followUp).reply.kind, followUp).toBe('answer');
      }
    }
  });

  it('says plainly what it cannot answer, lists what it can, and never guesses', () => {
    const { reply } = assistant.respond('who painted the Mona Lisa?');
    expect(reply.kind).toBe('fallback');
    expect(reply.text).toMatch(/don't have an answer/);
    expect(reply.text).toContain('- Causes of Sciatica Pain');
    expect(reply.source).toBeUndefined();
  });

  it('names a topic the article does not cover and points medical questions to a provider', () => {
    const { reply } = assistant.respond('how much ibuprofen can I take for sciatica?');
    expect(reply.kind).toBe('fallback');
    expect(reply.text).toContain("doesn't cover medicines");
    expect(reply.text).toMatch(/doctor or another healthcare provider/);
  });

  it('never repeats what the person typed back to them', () => {
    const { reply } = assistant.respond('<img src=x onerror=alert(1)> [click](http://evil.example) weather?');
    expect(reply.text).not.toMatch(/onerror|evil\.example|<img/);
  });

  it.each([
    ['hi', 'greeting'],
    ['Hello there!', 'greeting'],
    ['thanks so much', 'thanks'],
    ['bye', 'goodbye'],
    ['help', 'help'],
    ['who are you?', 'identity'],
    ['what can you do', 'capabilities'],
  ])('small talk: %s', (text, intent) => {
    const turn = assistant.respond(text);
    expect(turn.outcome).toEqual({ kind: 'small-talk', intent });
    if (intent !== 'thanks' && intent !== 'goodbye') expect(turn.reply.text).toMatch(/massage for sciatica/);
  });

  it('answers the question behind a greeting', () => {
    expect(assistant.respond('hi there, what causes sciatica?').reply.source?.heading).toBe('Causes of Sciatica Pain');
  });
});

describe('a section that introduces sub-sections', () => {
  it('lists them after its own text, so "here are two ways" is followed by the two ways', () => {
    const { reply } = assistant.respond('what at-home massage techniques are there?');
    expect(reply.source?.heading).toBe('How to Try Massage for Sciatica At Home');
    expect(reply.text).toContain('Here are two simple ways to get started:\n\n- Hands-On Low Back Massage\n- Try a Body Massager');
  });
});
