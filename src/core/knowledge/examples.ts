import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { KnowledgeError } from './knowledge-error';

/**
 * A question someone asked (or might), with the heading of the section that answers it, or
 * no heading when the knowledge base does not cover it. Matching compares a new question with
 * these: people ask about the same things in the same few ways far more often than not.
 */
export interface Example {
  question: string;
  heading?: string;
  /** The file it came from, for messages to the content owner. */
  file?: string;
}

const EXAMPLES_FOLDER = 'examples';

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

/**
 * Reads one examples file. Thousands of lines go through a small reader of this one shape
 * rather than a general YAML parser: the parser's working memory alone was 10 MB at start-up.
 * The files stay valid YAML, so editors still highlight them.
 */
export function parseExamples(file: string, text: string, known: Map<string, string>): Example[] {
  const examples: Example[] = [];
  let list: 'answered' | 'not-covered' | undefined;
  let heading: string | undefined;
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.replace(/\s+$/, '');
    const at = `line ${index + 1}`;
    if (!line.trim() || line.trim().startsWith('#')) return;
    const top = /^([^\s#][^:]*):\s*(.*)$/.exec(line);
    if (top) {
      const [, key, rest] = top;
      if (key !== 'answered' && key !== 'not-covered') throw new KnowledgeError(file, `${at}: unknown field "${key}" (allowed: answered, not-covered).`);
      if (rest && rest !== '[]' && rest !== '{}') throw new KnowledgeError(file, `${at}: "${key}:" must be followed by ${key === 'answered' ? 'headings, each with its questions' : 'a list of lines starting with "- "'} on the lines below it.`);
      list = key;
      heading = undefined;
      return;
    }
    const item = /^\s+- (.*)$/.exec(line);
    if (item) {
      const question = scalar(file, at, item[1]!);
      if (list === 'not-covered') examples.push({ question, file });
      else if (list === 'answered' && heading) examples.push({ question, heading, file });
      else throw new KnowledgeError(file, `${at}: a question must come under "not-covered:" or under a heading of "answered:".`);
      return;
    }
    const key = /^\s+(.+):$/.exec(line);
    if (key && list === 'answered') {
      const name = scalar(file, at, key[1]!);
      heading = known.get(name.trim().toLowerCase());
      if (!heading) throw new KnowledgeError(file, `${at}: "answered:" names "${name}", which is not a heading of the knowledge base.`);
      return;
    }
    throw new KnowledgeError(file, `${at}: expected a heading ending in ":" or a question starting with "- ", found "${line.trim().slice(0, 60)}".`);
  });
  return examples;
}

/** A YAML scalar as these files write one: plain, "double-quoted" or 'single-quoted'. */
function scalar(file: string, at: string, text: string): string {
  const value = text.trim();
  if (value.startsWith('"')) {
    try {
      return String(JSON.parse(value));
    } catch {
      throw new KnowledgeError(file, `${at}: the quoted text ${value.slice(0, 60)} is not closed properly.`);
    }
  }
  if (value.startsWith("'")) {
    if (value.length < 2 || !value.endsWith("'")) throw new KnowledgeError(file, `${at}: the quoted text ${value.slice(0, 60)} is not closed properly.`);
    return value.slice(1, -1).replace(/''/g, "'");
  }
  return value.replace(/\s+#.*$/, '');
}
