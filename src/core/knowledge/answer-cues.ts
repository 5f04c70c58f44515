import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { KnowledgeError, parseKnowledgeYaml } from './knowledge-error';

/** A kind of question ("how long") and the words that answer it ("minutes"). */
export interface AnswerCue {
  name: string;
  /** Phrases of a question that ask for this kind of answer, lower case. */
  asked: string[];
  /** Words or phrases of a sentence that give this kind of answer, lower case. */
  answeredBy: string[];
}

export const ANSWER_CUES_FILE = 'answer-cues.yml';

/** Reads `knowledge/answer-cues.yml`; a missing file is no cues (short answers then use the question's words alone). */
export function loadAnswerCues(folder: string): AnswerCue[] {
  const path = join(folder, ANSWER_CUES_FILE);
  if (!existsSync(path)) return [];
  const data = parseKnowledgeYaml(ANSWER_CUES_FILE, readFileSync(path, 'utf8'));
  const cues = (data as { cues?: unknown } | null)?.cues;
  if (!Array.isArray(cues)) throw new KnowledgeError(ANSWER_CUES_FILE, 'must have a "cues:" list, each with name, asked and answered-by.');
  return cues.map((entry: unknown, i: number) => {
    const record = (entry ?? {}) as Record<string, unknown>;
    const list = (key: string) => {
      const value = record[key];
      if (!Array.isArray(value) || value.length === 0 || value.some((v) => typeof v !== 'string' || !v.trim())) {
        throw new KnowledgeError(ANSWER_CUES_FILE, `entry ${i + 1} of "cues" needs "${key}:" as a list of phrases.`);
      }
      return (value as string[]).map((v) => v.toLowerCase().trim());
    };
    if (typeof record.name !== 'string' || !record.name.trim()) throw new KnowledgeError(ANSWER_CUES_FILE, `entry ${i + 1} of "cues" has no "name".`);
    return { name: record.name.trim(), asked: list('asked'), answeredBy: list('answered-by') };
  });
}
