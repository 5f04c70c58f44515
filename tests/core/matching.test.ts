import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Assistant } from '../../src/core/assistant';
import type { Example } from '../../src/core/knowledge/examples';
import { loadKnowledge } from '../../src/core/knowledge/load-knowledge';
import { decide } from '../../src/core/matching/decide';
import { evaluate, firstHeading } from '../../src/core/matching/evaluate';
import { ExampleIndex } from '../../src/core/matching/example-index';
import { Matcher } from '../../src/core/matching/matcher';
import { TermClassifier } from '../../src/core/matching/term-classifier';
import { TUNING } from '../../src/core/matching/tuning';
import { IN_SCOPE, OFF_TOPIC } from '../fixtures/questions/labelled';
import { QUESTION_SETS } from '../fixtures/questions/sets';
import { DialogActRecogniser } from '../../src/core/understanding/dialog-acts';
import { loadFallbackKinds } from '../../src/core/replies/fallback-kinds';

const knowledge = loadKnowledge(resolve(__dirname, '../../knowledge'));
const matcher = new Matcher(knowledge);
const assistant = new Assistant(knowledge, matcher, DialogActRecogniser.forKnowledge(knowledge), {
  kinds: loadFallbackKinds(resolve(__dirname, '../../knowledge'), knowledge.outOfScope.keys()),
});

/**
 * Questions this matcher still gets wrong, kept visible instead of deleted: `it.fails` turns
 * red when one starts passing, so the list only ever shrinks.
 */
const KNOWN_MISSES = new Set([
  'what should i know before getting a massage for sciatica',
  'is massage worth it for nerve pain, does it actually help?',
  // Passed with the term classifier, missed again with example voices 31 and 32: "bad for" is
  // asked of the risks in many examples, and the question fairly fits both.
  'massage good or bad for sciatica?',
]);

describe('labelled questions land on their section first', () => {
  it('has a broad set: at least 180 in-scope questions (none of them training data) over every section', () => {
    expect(IN_SCOPE.length).toBeGreaterThanOrEqual(180);
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
 * The other sets, asserted in aggregate, not per question. These floors only catch
 * regressions, set a little under each set's figure; the honest figure for questions never
 * seen is what a batch scored when it was first measured (see each fixture file's header).
 */
const FLOORS: Record<string, [inScope: number, offTopic: number]> = {
  'held-out set': [0.95, 0.95],
  'fresh set': [0.93, 0.95],
  'later fresh batches': [0.89, 0.97],
  'recent fresh batches D to J': [0.96, 0.97],
  'balanced batches K to X': [0.96, 0.97],
  'batches Y to AB (settings chosen on them)': [0.93, 0.97],
  'batches AC to AO (each measured before any change for it)': [0.96, 0.98],
  'batches AP to AW (classifier share chosen on them)': [0.97, 0.98],
  'batches AX to BE (each measured before any change for it)': [0.96, 0.98],
  'batches BF to BU (each measured before any change for it)': [0.96, 0.98],
};

describe.each(QUESTION_SETS.filter((set) => set.name in FLOORS))('$name', ({ name, inScope, offTopic }) => {
  const [inScopeFloor, offTopicFloor] = FLOORS[name]!;
  const result = evaluate(matcher, inScope, offTopic);

  it(`puts at least ${inScopeFloor * 100}% of in-scope questions on a right section first`, () => {
    expect(result.top1Correct / result.inScope).toBeGreaterThanOrEqual(inScopeFloor);
  });

  it(`falls back on at least ${offTopicFloor * 100}% of off-topic questions`, () => {
    expect(result.offTopicFallbacks / result.offTopic).toBeGreaterThanOrEqual(offTopicFloor);
  });
});

describe('example questions in knowledge/examples', () => {
  const fruit = (examples: Example[]) =>
    new Matcher({
      sections: [
        { id: 'f#bananas', heading: 'Bananas', level: 2, body: 'Bananas are long, yellow and sweet.', document: 'Fruit', file: 'f.md', questions: ['What colour are bananas?'], keywords: [], related: [] },
        { id: 'f#kiwis', heading: 'Kiwis', level: 2, body: 'Kiwis are small, green and furry.', document: 'Fruit', file: 'f.md', questions: ['What colour are kiwis?'], keywords: [], related: [] },
      ],
      synonyms: new Map(),
      outOfScope: new Map(),
      examples,
    });

  it('answer a wording the text never uses, from the examples that share it', () => {
    const question = 'which one do monkeys peel';
    expect(decide(fruit([]).match(question)).kind).toBe('fallback');
    const taught = fruit([{ question: 'what do monkeys peel and eat', heading: 'Bananas' }, { question: 'do monkeys peel them first', heading: 'Bananas' }]);
    expect(firstHeading(decide(taught.match(question)))).toBe('Bananas');
  });

  it('never count as like a question for a question word alone', () => {
    const index = new ExampleIndex([{ terms: ['who', 'massag'], label: 0, text: 'who should not get a massage' }], (term) => term === 'who');
    expect(index.nearest(['who', 'paint', 'mona', 'lisa'], 3)).toEqual([]);
    expect(index.nearest(['who', 'massag'], 3)).toEqual([expect.objectContaining({ label: 0, similarity: expect.closeTo(1, 5) })]);
  });

  it('teach the classifier which word names the topic, however common it is among them', () => {
    // "risk" is in every risk example; "picture" in one, filed elsewhere. By rarity alone the
    // one-off word wins; the classifier has seen "risk" predict its section every time.
    const examples = [
      ...['is there any risk', 'what are the risks', 'any risk for me', 'risk of massage', 'is it a risk', 'main risk'].map((q) => ({ terms: q.split(' ').filter((w) => w.length > 3 || w === 'risk'), label: 0, text: q })),
      { terms: ['massage', 'big', 'picture'], label: 1, text: 'massage big picture' },
      ...['massage benefits', 'what massage does', 'massage helps'].map((q) => ({ terms: q.split(' '), label: 1, text: q })),
      ...['weather today', 'tell a joke'].map((q) => ({ terms: q.split(' '), label: -1, text: q })),
    ];
    const classifier = TermClassifier.train(examples, [0, 1, -1], TUNING.classifierTraining);
    const p = classifier.predict(['risk', 'picture']);
    expect(p.get(0)!).toBeGreaterThan(p.get(1)!);
    expect(classifier.predict(['weather']).get(-1)!).toBeGreaterThan(0.5);
    expect([...classifier.predict(['never', 'seen']).values()].reduce((a, b) => a + b)).toBeCloseTo(1, 5);
  });

  it('make a question like the not-covered ones fall back, though it shares the text\'s words', () => {
    const question = 'are kiwis green in a salad';
    expect(decide(fruit([]).match(question)).kind).toBe('answer');
    const taught = fruit(['a fruit salad recipe with kiwis', 'best fruit salad recipe', 'kiwis salad recipe please', 'salad with kiwis and mango', 'green salad ideas', 'kiwi salad dressing'].map((question) => ({ question })));
    expect(decide(taught.match(question)).kind).toBe('fallback');
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

  it('asks which was meant when the vote splits so that neither section reaches the bar alone', () => {
    const [first, second] = knowledge.sections;
    const split = decide({ ranked: [{ section: first!, score: 0.2 }, { section: second!, score: 0.18 }], terms: 5, notCovered: 0 });
    expect(split).toEqual({ kind: 'did-you-mean', candidates: [first, second], score: 0.2 });
    const weak = decide({ ranked: [{ section: first!, score: 0.2 }, { section: second!, score: 0.05 }], terms: 5, notCovered: 0 });
    expect(weak.kind).toBe('fallback');
  });

  // Where the story and the question disagree, the question's likeness to the example
  // questions decides (this was a known miss before the examples).
  it("lets the question, not the story, decide: I've been off work for weeks... Does massage actually do anything for sciatica?", () => {
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
  it('answers with the sentences of the section that answer it, lists as lists, its source named, and follow-ups', () => {
    const { reply } = assistant.respond('how long should i use the massager each time?');
    expect(reply.kind).toBe('answer');
    expect(reply.text).toContain('- Enjoy for up to ten minutes per session.');
    expect(reply.text).toMatch(/\n\nFrom: Try a Body Massager, in “Massage for Sciatica Pain”$/);
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
    expect(reply.suggestions).toContain('What causes sciatica?');
    expect(reply.source).toBeUndefined();
  });

  it('names a topic the article does not cover and points medical questions to a provider', () => {
    const { reply } = assistant.respond('how much ibuprofen can I take for sciatica?');
    expect(reply.kind).toBe('fallback');
    expect(reply.text).toContain("doesn't cover medicines");
    expect(reply.text).toMatch(/doctor or another healthcare provider/);
  });

  // A word inside a known phrase means what the phrase means. This was silently off until
  // the phrase marks were sized to the question: "walk me through" read as walking.
  it.each([
    ['walk me thru using a body massager on my lower back', 'Try a Body Massager'],
    ['how many diy methods does the article walk through', 'How to Try Massage for Sciatica At Home'],
  ])('reads an out-of-scope word inside a known phrase by the phrase: %s', (question, heading) => {
    expect(assistant.respond(question).reply.source?.heading).toBe(heading);
  });

  it.each([
    ['do i hold the massager in my hand or lean back against it?', 'Try a Body Massager'],
  ])('answers a close match whose out-of-scope word is incidental: %s', (question, heading) => {
    expect(assistant.respond(question).reply.source?.heading).toBe(heading);
  });

  it('still names the topic when the word stands on its own: is walking good for sciatica', () => {
    expect(assistant.respond('is walking good for sciatica?').reply.text).toContain("doesn't cover stretches and exercise");
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
    ['do you have feelings', 'identity'],
    ['what can you do', 'capability'],
  ])('small talk: %s', (text, intent) => {
    const turn = assistant.respond(text);
    expect(turn.outcome).toEqual({ kind: 'small-talk', intent });
    if (intent !== 'thanks' && intent !== 'goodbye') expect(turn.reply.text).toMatch(/massage for sciatica/);
  });

  // Known misses of the learned act stage (these voices are not in knowledge/dialog-acts): kept
  // visible. A question about the bot gets no section, but not yet the identity reply.
  it.fails.each([
    ['<at>SciaticaBot</at> who built this bot', 'identity'],
    ['what model are you running on?', 'identity'],
    ['are you chatgpt', 'identity'],
  ])('known small-talk miss: %s', (text, intent) => {
    expect(assistant.respond(text).outcome).toEqual({ kind: 'small-talk', intent });
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
