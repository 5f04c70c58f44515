import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { classifySafety, ruleFires } from '../../src/core/safety/classify-safety';
import { loadRuleFiles, type RuleFile } from '../../src/core/safety/rule-files';
import { RULE_FILES } from '../../src/core/safety/safety-rules';

/**
 * Every rule file carries the messages that must fire it and the ones that must not: this one
 * test reads them all, so adding a rule means adding a file and its examples.
 */
const named = (file: RuleFile, message: string): boolean => {
  const assessment = classifySafety(message);
  if (file.condition) return assessment.conditions.includes(file.condition);
  if (file.level === 'check-first') return assessment.level === 'check-first' && ruleFires(file.rule, message, file.condition);
  // Two files may report one signal (bladder.yml, bladder-across-clauses.yml): this file's own rule must fire.
  return assessment.signals.includes(file.signal) && ruleFires(file.rule, message, file.condition);
};
/** Files that report the same signal or condition as `file`, besides it. */
const sharing = (file: RuleFile) => RULE_FILES.filter((f) => f !== file && (f.condition ?? f.signal) === (file.condition ?? file.signal) && f.level === file.level);

describe('the safety rule files', () => {
  it('are all read', () => {
    expect(RULE_FILES.length).toBeGreaterThanOrEqual(40);
  });

  describe.each(RULE_FILES.map((f) => [f.file, f] as const))('%s', (_file, file) => {
    it.each(file.mustFire)('fires on: %s', (message) => {
      expect(named(file, message), JSON.stringify(classifySafety(message))).toBe(true);
    });

    it.each(file.mustNotFire)('does not fire on: %s', (message) => {
      expect(ruleFires(file.rule, message, file.condition)).toBe(false);
      if (sharing(file).length === 0) expect(named(file, message), JSON.stringify(classifySafety(message))).toBe(false);
    });
  });
});

describe('a mistake in a rule file is an error that names the file', () => {
  const root = mkdtempSync(join(tmpdir(), 'safety-rules-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  /** A rules folder with one vocabulary and one emergency rule, `rule` its file's text. */
  const folder = (name: string, rule: string, id = 'test-rule'): string => {
    const dir = join(root, name);
    mkdirSync(join(dir, 'rules', 'emergency'), { recursive: true });
    writeFileSync(join(dir, 'vocabularies.yml'), 'numb:\n  - numb\n  - tingl\\w*\n');
    writeFileSync(join(dir, 'rules', 'emergency', `${id}.yml`), rule);
    return dir;
  };
  const rule = (patterns: string, extra = '') =>
    `id: test-rule\nlevel: emergency\nsource: a test\n${extra}patterns:\n${patterns}\n` +
    'must-fire:\n  - one\n  - two\n  - three\nmust-not-fire:\n  - four\n  - five\n';

  it('reads a good file, composing vocabularies into one pattern', () => {
    const rules = loadRuleFiles(folder('good', rule('  - \\b{numb} bum\n  - both legs')));
    expect(rules.emergency.map((r) => [r.id, r.pattern.source])).toEqual([['test-rule', '\\b(numb|tingl\\w*) bum|both legs']]);
  });

  it('rejects an unknown vocabulary', () => {
    expect(() => loadRuleFiles(folder('unknown-vocabulary', rule('  - \\b{numbb} bum')))).toThrow(
      /unknown-vocabulary[/\\]rules[/\\]emergency[/\\]test-rule\.yml: pattern 1 names an unknown vocabulary \{numbb\}/,
    );
  });

  it.each([
    ['an unknown key', rule('  - numb', 'colour: red\n'), /test-rule\.yml: unknown key "colour"/],
    ['a bad level', rule('  - numb').replace('level: emergency', 'level: urgent'), /test-rule\.yml: "level" must be "emergency"/],
    ['a condition outside check-first', rule('  - numb', 'condition: pregnancy\n'), /test-rule\.yml: only check-first rules have a "condition"/],
    ['an invalid regex', rule('  - numb (bum'), /test-rule\.yml: pattern 1 is not a valid regular expression/],
    ['too few examples', rule('  - numb').replace('  - three\n', ''), /test-rule\.yml: "must-fire" must list at least 3 messages/],
  ])('rejects %s', (name, text, message) => {
    expect(() => loadRuleFiles(folder(name.replace(/\W+/g, '-'), text))).toThrow(message);
  });

  it('rejects an unknown condition', () => {
    const dir = join(root, 'bad-condition');
    mkdirSync(join(dir, 'rules', 'check-first'), { recursive: true });
    writeFileSync(join(dir, 'vocabularies.yml'), 'numb:\n  - numb\n');
    writeFileSync(join(dir, 'rules', 'check-first', 'test-rule.yml'), rule('  - numb', 'condition: gout\n').replace('level: emergency', 'level: check-first'));
    expect(() => loadRuleFiles(dir)).toThrow(/test-rule\.yml: unknown condition "gout"/);
  });

  it('rejects a duplicate id', () => {
    const dir = folder('duplicate', rule('  - numb'));
    mkdirSync(join(dir, 'rules', 'urgent'));
    writeFileSync(join(dir, 'rules', 'urgent', 'test-rule.yml'), rule('  - numb').replace('level: emergency', 'level: urgent'));
    expect(() => loadRuleFiles(dir)).toThrow(/urgent[/\\]test-rule\.yml: duplicate id "test-rule"/);
  });
});
