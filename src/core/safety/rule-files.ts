import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { projectRoot } from '../../project-root';
import { CONDITIONS, type Condition } from './safety-level';
import type { SafetyRule } from './safety-rules';

/**
 * Reads the safety rules from data files: `knowledge/safety/vocabularies.yml` (named lists of
 * short alternatives) and one file per rule in `knowledge/safety/rules/<level>/<id>.yml`, whose
 * `patterns` are alternatives that may name a vocabulary as `{numb}`. Each rule becomes one
 * RegExp: a vocabulary is read as one group, `{numb}` as `(reduced sensation|...|dead)`, and
 * the patterns are joined with `|`. Read once, synchronously; any mistake in a file is an
 * error that names the file.
 */

export const RULE_LEVELS = ['emergency', 'urgent', 'crisis', 'check-first'] as const;
export type RuleLevel = (typeof RULE_LEVELS)[number];

/** One rule file, as read and checked. */
export interface RuleFile {
  /** The file, relative to the rules folder's parent ("rules/urgent/fever.yml"). */
  file: string;
  id: string;
  level: RuleLevel;
  /** What the classifier reports for it: its `signal`, or its id. */
  signal: string;
  condition?: Condition;
  order: number;
  source: string;
  rule: SafetyRule;
  mustFire: string[];
  mustNotFire: string[];
}

export interface RuleSet {
  emergency: SafetyRule[];
  urgent: SafetyRule[];
  crisis: SafetyRule[];
  conditions: (SafetyRule & { condition: Condition })[];
  unnamed: SafetyRule[];
  files: RuleFile[];
}

/** Every key a rule file may have. */
const KEYS = new Set([
  'id', 'level', 'signal', 'condition', 'order', 'personal', 'acrossClauses', 'net', 'experiencer', 'source',
  'patterns', 'words', 'must-fire', 'must-not-fire',
]);
const NAME = /^[a-z][a-z0-9-]*$/;
/** `{name}`; a quantifier such as `{0,40}` starts with a digit, so it is never a reference. */
const REFERENCE = /\{([a-z][a-z0-9-]*)\}/g;
const MIN_MUST_FIRE = 3;
const MIN_MUST_NOT_FIRE = 2;

export class RuleFileError extends Error {}

/** The folder the running code reads: `knowledge/safety` at the project root (from src/ or dist/src/). */
export function defaultRulesFolder(): string {
  return join(projectRoot(__dirname), 'knowledge', 'safety');
}

/** Reads and checks every rule file under `folder` (which holds vocabularies.yml and rules/). */
export function loadRuleFiles(folder: string = defaultRulesFolder()): RuleSet {
  const vocabularies = readVocabularies(join(folder, 'vocabularies.yml'));
  const files: RuleFile[] = [];
  const seen = new Map<string, string>();
  const rulesDir = join(folder, 'rules');
  if (!existsSync(rulesDir)) throw new RuleFileError(`${rulesDir}: no rules folder`);
  for (const level of readdirSync(rulesDir).sort()) {
    if (!(RULE_LEVELS as readonly string[]).includes(level)) {
      throw new RuleFileError(`${join(rulesDir, level)}: not a level folder (expected one of ${RULE_LEVELS.join(', ')})`);
    }
    for (const name of readdirSync(join(rulesDir, level)).sort()) {
      const path = join(rulesDir, level, name);
      if (!name.endsWith('.yml')) throw new RuleFileError(`${path}: rule files end in .yml`);
      const file = readRuleFile(path, `rules/${level}/${name}`, level as RuleLevel, vocabularies);
      const earlier = seen.get(file.id);
      if (earlier) throw new RuleFileError(`${path}: duplicate id "${file.id}" (also in ${earlier})`);
      seen.set(file.id, path);
      files.push(file);
    }
  }
  files.sort((a, b) => RULE_LEVELS.indexOf(a.level) - RULE_LEVELS.indexOf(b.level) || a.order - b.order || a.id.localeCompare(b.id));
  const of = (level: RuleLevel) => files.filter((f) => f.level === level);
  return {
    emergency: of('emergency').map((f) => f.rule),
    urgent: of('urgent').map((f) => f.rule),
    crisis: of('crisis').map((f) => f.rule),
    conditions: of('check-first').filter((f) => f.condition).map((f) => ({ ...f.rule, condition: f.condition! })),
    unnamed: of('check-first').filter((f) => !f.condition).map((f) => f.rule),
    files,
  };
}

type Vocabularies = Map<string, string[]>;

function readVocabularies(path: string): Vocabularies {
  if (!existsSync(path)) throw new RuleFileError(`${path}: missing`);
  const data = parseYaml(path);
  if (!isRecord(data)) throw new RuleFileError(`${path}: expected a mapping of vocabulary names to lists`);
  const vocabularies = readWordLists(path, 'vocabulary', data);
  // Every reference resolves, with no cycle, and every alternative is a valid fragment.
  for (const name of vocabularies.keys()) compose(path, `vocabulary "${name}"`, `{${name}}`, vocabularies, new Map());
  return vocabularies;
}

function readWordLists(path: string, what: string, data: Record<string, unknown>): Vocabularies {
  const lists: Vocabularies = new Map();
  for (const [name, items] of Object.entries(data)) {
    if (!NAME.test(name)) throw new RuleFileError(`${path}: ${what} name "${name}" must be lower-case letters, digits and hyphens`);
    if (!Array.isArray(items) || items.length === 0 || !items.every((i) => typeof i === 'string' && i.length > 0)) {
      throw new RuleFileError(`${path}: ${what} "${name}" must be a non-empty list of non-empty strings`);
    }
    lists.set(name, items as string[]);
  }
  return lists;
}

function readRuleFile(path: string, file: string, level: RuleLevel, vocabularies: Vocabularies): RuleFile {
  const data = parseYaml(path);
  if (!isRecord(data)) throw new RuleFileError(`${path}: expected a mapping`);
  const fail = (message: string): never => {
    throw new RuleFileError(`${path}: ${message}`);
  };
  for (const key of Object.keys(data)) if (!KEYS.has(key)) fail(`unknown key "${key}" (expected one of ${[...KEYS].join(', ')})`);

  const id = data.id;
  if (typeof id !== 'string' || !NAME.test(id)) fail('"id" must be lower-case letters, digits and hyphens');
  if (`${id}.yml` !== file.split('/').pop()) fail(`the file must be named after its id ("${id}.yml")`);
  if (data.level !== level) fail(`"level" must be "${level}", the folder it is in (levels: ${RULE_LEVELS.join(', ')})`);
  const signal = data.signal ?? id;
  if (typeof signal !== 'string' || !NAME.test(signal)) fail('"signal" must be lower-case letters, digits and hyphens');
  let condition: Condition | undefined;
  if (data.condition !== undefined) {
    if (level !== 'check-first') fail('only check-first rules have a "condition"');
    if (!(CONDITIONS as readonly unknown[]).includes(data.condition)) fail(`unknown condition "${String(data.condition)}" (expected one of ${CONDITIONS.join(', ')})`);
    condition = data.condition as Condition;
  }
  if (data.signal !== undefined && level === 'check-first') fail('check-first rules report a condition, not a "signal"');
  const order = data.order ?? Number.MAX_SAFE_INTEGER;
  if (typeof order !== 'number' || !Number.isFinite(order)) fail('"order" must be a number');
  for (const flag of ['personal', 'acrossClauses', 'net', 'experiencer'] as const) {
    if (data[flag] !== undefined && typeof data[flag] !== 'boolean') fail(`"${flag}" must be true or false`);
  }
  if (typeof data.source !== 'string' || data.source.trim() === '') fail('"source" must say where the rule comes from');
  const patterns = data.patterns;
  if (!Array.isArray(patterns) || patterns.length === 0 || !patterns.every((p) => typeof p === 'string' && p.length > 0)) {
    fail('"patterns" must be a non-empty list of non-empty strings');
  }
  let words: Vocabularies = new Map();
  if (data.words !== undefined) {
    if (!isRecord(data.words)) fail('"words" must be a mapping of names to lists');
    words = readWordLists(path, 'word list', data.words as Record<string, unknown>);
    for (const name of words.keys()) if (vocabularies.has(name)) fail(`word list "${name}" has the name of a vocabulary in vocabularies.yml`);
  }
  const examples = (key: 'must-fire' | 'must-not-fire', min: number): string[] => {
    const list = data[key];
    if (!Array.isArray(list) || list.length < min || !list.every((m) => typeof m === 'string' && m.trim() !== '')) {
      fail(`"${key}" must list at least ${min} messages`);
    }
    return list as string[];
  };

  const scope = new Map([...vocabularies, ...words]);
  const sources = (patterns as string[]).map((p, i) => compose(path, `pattern ${i + 1}`, p, scope, words));
  for (const name of words.keys()) compose(path, `word list "${name}"`, `{${name}}`, scope, words);
  const pattern = compile(path, 'the rule', sources.join('|'));
  const rule: SafetyRule = { id: signal as string, pattern };
  if (data.personal) rule.personal = true;
  if (data.acrossClauses) rule.acrossClauses = true;
  if (data.net) rule.net = true;
  if (data.experiencer) {
    if (condition) fail('"experiencer" is for red flags: a condition rule reads its whole context already');
    rule.experiencer = true;
  }
  return {
    file,
    id: id as string,
    level,
    signal: signal as string,
    condition,
    order: order as number,
    source: data.source as string,
    rule,
    mustFire: examples('must-fire', MIN_MUST_FIRE),
    mustNotFire: examples('must-not-fire', MIN_MUST_NOT_FIRE),
  };
}

/**
 * The regex source of `text` with every `{name}` replaced by its list as one group, each
 * alternative checked on its own (so a stray parenthesis cannot pair with a neighbour's).
 * `local` are the rule's own word lists: their alternatives may name vocabularies and each
 * other; a vocabulary's alternatives may name only vocabularies.
 */
function compose(path: string, where: string, text: string, scope: Vocabularies, local: Vocabularies, trail: string[] = []): string {
  const source = text.replace(REFERENCE, (_, name: string) => {
    const items = scope.get(name);
    if (!items) {
      throw new RuleFileError(`${path}: ${where} names an unknown vocabulary {${name}}${trail.length ? ` (in ${trail.join(' > ')})` : ''}`);
    }
    if (trail.includes(name)) throw new RuleFileError(`${path}: ${where}: {${name}} names itself (${[...trail, name].join(' > ')})`);
    const inner = local.has(name) ? scope : new Map([...scope].filter(([n]) => !local.has(n)));
    const parts = items.map((item, i) => compose(path, `${where}, {${name}} item ${i + 1}`, item, inner, local.has(name) ? local : new Map(), [...trail, name]));
    return `(${parts.join('|')})`;
  });
  compile(path, where, source);
  return source;
}

function compile(path: string, where: string, source: string): RegExp {
  try {
    return new RegExp(source);
  } catch (error) {
    throw new RuleFileError(`${path}: ${where} is not a valid regular expression: ${(error as Error).message}`);
  }
}

function parseYaml(path: string): unknown {
  try {
    return parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new RuleFileError(`${path}: not valid YAML: ${(error as Error).message}`);
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
