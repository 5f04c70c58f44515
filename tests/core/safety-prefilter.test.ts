import { describe, expect, it } from 'vitest';
import { classifySafety } from '../../src/core/safety/classify-safety';
import { CHECK_FIRST, CRISIS, EMERGENCY, HARMLESS, URGENT } from '../../src/core/safety/labelled-messages';
import { requiredStrings } from '../../src/core/safety/required-words';
import { RulePrefilter } from '../../src/core/safety/rule-prefilter';
import { CONDITION_RULES, CRISIS_RULES, EMERGENCY_RULES, RULE_FILES, UNNAMED_CONDITION_RULES, URGENT_RULES } from '../../src/core/safety/safety-rules';
import { clauses, safetyText } from '../../src/core/safety/safety-text';
import { EVALUATION_TEXTS } from '../fixtures/evaluation-texts';

describe('the words a safety rule cannot match without', () => {
  it('are read from the regex: literals, alternatives, optional parts and lookarounds', () => {
    expect(requiredStrings(String.raw`\bincontinen\w*`)).toEqual(['incontinen']);
    // Of "wet myself", "wetting the bed"... (four) and "myself" or "the bed" (two, as rare), the fewer.
    expect(requiredStrings(String.raw`\b(wet|wetting) (myself|the bed)`)?.sort()).toEqual(['myself', 'the bed']);
    expect(requiredStrings(String.raw`\b(wet|wets) (me|you)`)?.sort()).toEqual(['wet me', 'wet you', 'wets me', 'wets you']);
    expect(requiredStrings(String.raw`(?<=\bmy\b.{0,80})\b(numb|tingl\w*)(?! pitch)`)).toEqual(['numb', 'tingl']);
    expect(requiredStrings(String.raw`bladder (problems?|issues?)`)).toEqual(['bladder problem', 'bladder issue']);
    expect(requiredStrings('retention|leak(ed|ing)?')?.sort()).toEqual(['leak', 'retention']);
  });

  it('are none when a part of the rule can match anything, or the reader does not follow it', () => {
    expect(requiredStrings(String.raw`numb|(\w+ )?`)).toBeUndefined();
    expect(requiredStrings(String.raw`(a)\1`)).toBeUndefined();
    expect(requiredStrings('.{0,20}')).toBeUndefined();
  });

  it('skip a rule only when its words are missing, and run a rule with no words always', () => {
    const rules = [{ id: 'numb', source: String.raw`\bnumb\w*` }, { id: 'any', source: '.+' }];
    const prefilter = new RulePrefilter(rules, (r) => r.source);
    expect([...prefilter.candidates('how long do i massage')].map((r) => r.id)).toEqual(['any']);
    expect([...prefilter.candidates('my feet are numbish')].map((r) => r.id).sort()).toEqual(['any', 'numb']);
  });
});

describe('looking for the rules’ words first', () => {
  const rules = [...EMERGENCY_RULES, ...URGENT_RULES, ...CRISIS_RULES, ...CONDITION_RULES, ...UNNAMED_CONDITION_RULES];
  const prefilter = new RulePrefilter(rules, (rule) => rule.pattern.source);
  const texts = [
    ...EMERGENCY, ...URGENT, ...CRISIS, ...HARMLESS, ...CHECK_FIRST.map(([text]) => text),
    ...RULE_FILES.flatMap((f) => [...f.mustFire, ...f.mustNotFire]),
    ...EVALUATION_TEXTS.map((t) => t.text),
  ];

  it('never skips a rule whose regex matches, on every labelled, rule-file and evaluation message', () => {
    const skippedMatches: string[] = [];
    for (const raw of texts) {
      const text = safetyText(raw);
      const parts = clauses(text);
      const candidates = prefilter.candidates(text, parts.join(' '));
      for (const rule of rules) {
        const matches = (rule.acrossClauses ? [parts.join(' ')] : parts).some((clause) => rule.pattern.test(clause));
        if (matches && !candidates.has(rule)) skippedMatches.push(`${rule.id}: ${raw}`);
      }
    }
    expect(skippedMatches).toEqual([]);
  });

  it('still gives every labelled red flag and crisis message its level', () => {
    for (const text of EMERGENCY) expect(classifySafety(text).level, text).toBe('emergency');
    for (const text of CRISIS) expect(['emergency', 'urgent', 'crisis'], text).toContain(classifySafety(text).level);
  });
});
