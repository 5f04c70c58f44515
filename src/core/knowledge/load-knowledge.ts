import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { loadDialogActExamples } from './dialog-act-examples';
import { loadExamples } from './examples';
import { KnowledgeError, parseKnowledgeYaml } from './knowledge-error';
import { loadAnswerCues } from './answer-cues';
import { parseArticle } from './parse-markdown';
import { parseSidecar } from './sidecar';
import { slugify, type KnowledgeBase, type Section } from './section';

export const SYNONYMS_FILE = 'synonyms.yml';
export const OUT_OF_SCOPE_FILE = 'out-of-scope.yml';

/**
 * Loads every `.md` article in a folder, with its optional `<name>.qna.yml` sidecar, the
 * folder's `synonyms.yml` and `out-of-scope.yml`, the example questions in `examples/`, and the
 * social messages in `dialog-acts/`.
 * Any problem throws a KnowledgeError naming the file.
 */
export function loadKnowledge(folder: string): KnowledgeBase {
  if (!existsSync(folder)) throw new KnowledgeError(folder, 'the knowledge folder does not exist.');
  const files = readdirSync(folder).filter((f) => f.endsWith('.md') && f.toLowerCase() !== 'readme.md').sort();
  if (files.length === 0) throw new KnowledgeError(folder, 'holds no .md article.');
  const sections = files.flatMap((file) => loadArticle(folder, file));
  const headings = new Map<string, string>();
  for (const section of sections) {
    const other = headings.get(section.heading.toLowerCase());
    if (other) throw new KnowledgeError(section.file, `the heading "${section.heading}" is also used in ${other}; headings must be unique.`);
    headings.set(section.heading.toLowerCase(), section.file);
  }
  const synonyms = new Map<string, string>();
  for (const [canonical, variants] of loadPhraseLists(folder, SYNONYMS_FILE, '"herniated disc: [slipped disc, bulging disc]"')) {
    for (const variant of variants) synonyms.set(variant, canonical);
  }
  const outOfScope = loadPhraseLists(folder, OUT_OF_SCOPE_FILE, '"medicines: [ibuprofen, pills]"');
  const examples = loadExamples(folder, sections.map((s) => s.heading));
  return { sections, synonyms, outOfScope, examples, dialogActs: loadDialogActExamples(folder), answerCues: loadAnswerCues(folder) };
}

function loadArticle(folder: string, file: string): Section[] {
  const { info, sections: parsed } = parseArticle(file, readFileSync(join(folder, file), 'utf8'));
  const sidecarName = `${basename(file, '.md')}.qna.yml`;
  const sidecarPath = join(folder, sidecarName);
  const extras = existsSync(sidecarPath)
    ? parseSidecar(sidecarName, readFileSync(sidecarPath, 'utf8'), parsed.map((p) => p.heading))
    : new Map();
  const document = parsed[0]!.heading;
  const stem = slugify(basename(file, '.md'));
  return parsed.map((p) => {
    const extra = extras.get(p.heading.toLowerCase());
    return {
      id: `${stem}#${slugify(p.heading)}`,
      heading: p.heading,
      level: p.level,
      body: p.body,
      omitted: p.omitted,
      alwaysShow: p.alwaysShow,
      document,
      file,
      article: info,
      ...(extra?.anchor ? { anchor: extra.anchor } : {}),
      questions: extra?.questions ?? [],
      keywords: extra?.keywords ?? [],
      related: extra?.related ?? [],
    };
  });
}

/** Reads a YAML file of `name: [phrase, phrase, ...]` lines; a missing file is an empty list. */
function loadPhraseLists(folder: string, file: string, shape: string): Map<string, string[]> {
  const lists = new Map<string, string[]>();
  const path = join(folder, file);
  if (!existsSync(path)) return lists;
  const data = parseKnowledgeYaml(file, readFileSync(path, 'utf8'));
  if (data == null) return lists;
  if (typeof data !== 'object' || Array.isArray(data)) throw new KnowledgeError(file, `must be lines like ${shape}.`);
  for (const [name, phrases] of Object.entries(data as Record<string, unknown>)) {
    if (!Array.isArray(phrases) || phrases.some((v) => typeof v !== 'string' || !v.trim())) {
      throw new KnowledgeError(file, `"${name}" must be followed by a list of phrases, like ${shape}.`);
    }
    lists.set(name.toLowerCase().trim(), (phrases as string[]).map((v) => v.toLowerCase().trim()));
  }
  return lists;
}
