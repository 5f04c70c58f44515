import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { KnowledgeError } from './knowledge-error';

/**
 * A question someone asked (or might), with the heading of the section that answers it, or
 * no heading when the knowledge base does not cover it. Matching compares a new question with
 * these: people ask about the same things in the same few ways far more often than not.
 */
export interface Example {
  question: string;
  heading?: string;
}

export const EXAMPLES_FOLDER = 'examples';
const ALLOWED = new Set(['answered', 'not-covered']);

/**
 * Reads every `.yml` file in `knowledge/examples/`:
 *
 *   answered:
 *     Causes of Sciatica Pain:
 *       - why does it hurt down my leg
 *   not-covered:
 *     - whats the weather tomorrow
 *
 * A missing folder is no examples. Headings must be headings of the knowledge base.
 */
export function loadExamples(folder: string, headings: string[]): Example[] {
  const dir = join(folder, EXAMPLES_FOLDER);
  if (!existsSync(dir)) return [];
  const known = new Map(headings.map((h) => [h.toLowerCase(), h]));
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yml') || f.endsWith('.yaml'))
    .sort()
    .flatMap((file) => parseExamples(`${EXAMPLES_FOLDER}/${file}`, readFileSync(join(dir, file), 'utf8'), known));
}

export function parseExamples(file: string, text: string, known: Map<string, string>): Example[] {
  let data: unknown;
  try {
    data = parse(text);
  } catch (error) {
    throw new KnowledgeError(file, `is not valid YAML: ${(error as Error).message.split('\n')[0]}`);
  }
  if (data == null) return [];
  if (typeof data !== 'object' || Array.isArray(data)) throw new KnowledgeError(file, 'must have "answered:" (headings with questions) and/or "not-covered:" (a list of questions).');
  const record = data as Record<string, unknown>;
  const unknownKey = Object.keys(record).find((k) => !ALLOWED.has(k));
  if (unknownKey) throw new KnowledgeError(file, `has an unknown field "${unknownKey}" (allowed: answered, not-covered).`);
  const examples: Example[] = [];
  const answered = record.answered ?? {};
  if (typeof answered !== 'object' || Array.isArray(answered)) throw new KnowledgeError(file, '"answered:" must list headings, each followed by its questions.');
  for (const [heading, questions] of Object.entries(answered as Record<string, unknown>)) {
    const canonical = known.get(heading.trim().toLowerCase());
    if (!canonical) throw new KnowledgeError(file, `"answered:" names "${heading}", which is not a heading of the knowledge base.`);
    for (const question of lines(file, questions, `the questions of "${heading}"`)) examples.push({ question, heading: canonical });
  }
  for (const question of lines(file, record['not-covered'], '"not-covered:"')) examples.push({ question });
  return examples;
}

function lines(file: string, value: unknown, what: string): string[] {
  if (value == null) return [];
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string' && typeof v !== 'number')) {
    throw new KnowledgeError(file, `${what} must be a list of lines starting with "- ".`);
  }
  return value.map((v) => String(v).trim()).filter(Boolean);
}
