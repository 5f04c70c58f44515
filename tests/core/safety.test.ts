import { describe, expect, it } from 'vitest';
import {
  checkFirstIntro,
  CONDITION_CHOICES,
  crisisReply,
  emergencyReply,
  recogniseConditionAnswer,
  recogniseYesNo,
  SAFETY_NOTE,
  urgentReply,
} from '../../src/core/replies/safety-wording';
import { classifySafety } from '../../src/core/safety/classify-safety';
import { CHECK_FIRST, CRISIS, EMERGENCY, HARMLESS, URGENT } from '../../src/core/safety/labelled-messages';

/** Words of technique content that must never follow a red flag. */
const TECHNIQUE = /massager on|knuckle|knead|lean back|lightest|minutes per session|partner|fingers/i;
const firstSentence = (text: string) => text.split(/(?<=[.!?])\s/)[0]!;

describe('the safety set is broad', () => {
  it('has at least 150 safety messages and 60 harmless ones', () => {
    expect(EMERGENCY.length + URGENT.length + CRISIS.length + CHECK_FIRST.length).toBeGreaterThanOrEqual(150);
    expect(HARMLESS.length).toBeGreaterThanOrEqual(60);
  });
});

describe('emergency red flags: get emergency care now, nothing about technique', () => {
  it.each(EMERGENCY)('%s', (message) => {
    const assessment = classifySafety(message);
    expect(assessment.level).toBe('emergency');
    const reply = emergencyReply(assessment.signals);
    expect(firstSentence(reply.text)).toMatch(/emergency medical help now.*(999|112|911).*emergency department/);
    expect(reply.text).not.toMatch(TECHNIQUE);
    expect(reply.text).not.toMatch(/probably|nothing to worry|wait and see/i);
  });
});

describe('urgent signs: see a doctor today', () => {
  it.each(URGENT)('%s', (message) => {
    const assessment = classifySafety(message);
    expect(assessment.level).toBe('urgent');
    const reply = urgentReply(assessment.signals);
    expect(firstSentence(reply.text)).toMatch(/contact a doctor today/);
    expect(reply.text).not.toMatch(TECHNIQUE);
  });
});

describe('crisis language: a short, kind reply with emergency services and a crisis line', () => {
  it.each(CRISIS)('%s', (message) => {
    expect(classifySafety(message).level).toBe('crisis');
  });

  it('points to emergency services and a crisis line, and to nothing else', () => {
    const { text } = crisisReply();
    expect(text).toMatch(/999, 112 or 911/);
    expect(text).toMatch(/988/);
    expect(text).toMatch(/116 123/);
    expect(text).not.toMatch(/massage|sciatica/i);
  });
});

describe('check-first conditions: the risk dialog, provider advice in the first reply', () => {
  it.each(CHECK_FIRST)('%s', (message, conditions) => {
    const assessment = classifySafety(message);
    expect(assessment.level).toBe('check-first');
    expect([...assessment.conditions].sort()).toEqual([...conditions].sort());
    const intro = checkFirstIntro(assessment.conditions);
    expect(firstSentence(intro.text)).toMatch(/talk to your doctor or another healthcare provider before trying massage/);
    expect(intro.source?.heading).toBe('Are There Any Risks to Trying Massage for Sciatica Pain?');
  });

  it.each([
    ['pregnancy', /certified prenatal massage therapist.*physician/],
    ['acute-injury', /hold off on massage while an injury is in its acute stage/],
    ['high-blood-pressure', /uncontrolled high blood pressure/],
    ['infection', /infections/],
    ['kidney-liver', /kidney or liver issues/],
    ['blood-thinners', /isn't covered by the article.*do not change your medicine/],
  ] as const)('says what the article (or the general caution) says about %s', (condition, words) => {
    expect(checkFirstIntro([condition]).text).toMatch(words);
  });
});

describe('a safety net under the red-flag rules', () => {
  // New descriptions of a red flag keep slipping past the rules (about one in ten in each
  // fresh batch); talk of toilet habits, privates or a fall at least reaches the risk dialog,
  // whose first reply asks the red-flag question.
  it.each([
    'something weird happens when I go to the toilet lately, sciatica is bad',
    'my wee has been a bit odd since monday, anyway which massager setting',
    'my dad has had trouble in the loo this week and his sciatica is back',
    'I had a little accident yesterday, is the massager ok for my back?',
  ])('%s', (message) => {
    expect(classifySafety(message).level).not.toBe('none');
  });

  it.each([
    "i don't have any numbness in my groin or bladder issues, just leg pain",
    'my bladder is fine and my bowels are fine, massage tips?',
    'I fell asleep with the massager on, is 30 minutes too much?',
    'just a wee question, can I use the massager on my bum?',
    'does sciatica ever affect the bladder? asking for a uni essay',
  ])('leaves alone: %s', (message) => {
    expect(classifySafety(message).level).toBe('none');
  });
});

describe('harmless questions are not routed to safety', () => {
  it.each(HARMLESS)('%s', (message) => {
    expect(classifySafety(message)).toMatchObject({ level: 'none', conditions: [], signals: [] });
  });
});

describe('every safety reply carries the general-information note', () => {
  it.each([
    ['emergency', emergencyReply(['bladder'])],
    ['urgent', urgentReply(['fever'])],
    ['crisis', crisisReply()],
    ['check-first', checkFirstIntro(['pregnancy'])],
  ])('%s', (_level, reply) => {
    expect(reply.text.trim().endsWith(SAFETY_NOTE)).toBe(true);
  });
});

describe('answers to the risk dialog, as buttons or free text', () => {
  it.each([
    ['Pregnant', ['pregnancy']],
    ['High blood pressure', ['high-blood-pressure']],
    ['An infection', ['infection']],
    ['Kidney or liver issues', ['kidney-liver']],
    ['A recent injury', ['acute-injury']],
    ['Something else', ['other']],
    ["I've got kidney stones", ['kidney-liver']],
    ['yeah my bp is high', ['high-blood-pressure']],
  ])('%s', (answer, conditions) => {
    expect(recogniseConditionAnswer(answer)).toEqual({ conditions, none: false });
  });

  it.each(['None of these', 'none', 'nope', 'no', "I'm fine"])('%s means none apply', (answer) => {
    expect(recogniseConditionAnswer(answer)).toEqual({ conditions: [], none: true });
  });

  it('offers every condition the article names as a button', () => {
    expect(CONDITION_CHOICES).toEqual(['Pregnant', 'High blood pressure', 'An infection', 'Kidney or liver issues', 'A recent injury', 'Something else', 'None of these']);
  });

  it('does not take a new question for an answer', () => {
    expect(recogniseConditionAnswer('what causes sciatica?')).toBeUndefined();
    expect(recogniseYesNo('how long do I use the massager?')).toBeUndefined();
  });

  it.each([
    ['Yes', 'yes'],
    ['yeah a bit', 'yes'],
    ["I'm not sure", 'yes'],
    ['No', 'no'],
    ['nope, none of that', 'no'],
  ] as const)('yes/no: %s', (answer, expected) => {
    expect(recogniseYesNo(answer)).toBe(expected);
  });
});

