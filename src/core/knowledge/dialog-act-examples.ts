import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { KnowledgeError, parseKnowledgeYaml } from './knowledge-error';

/** What a message does in the conversation when it asks nothing of the article. */
export const DIALOG_ACTS = ['greeting', 'thanks', 'goodbye', 'compliment', 'identity', 'capability', 'help', 'yes', 'no', 'none-of-these'] as const;
export type DialogAct = (typeof DIALOG_ACTS)[number];

/** A message people send, labelled with its act, or `content` when it asks something real ("thanks! and how long?"). */
export interface DialogActExample {
  text: string;
  act: DialogAct | 'content';
  /** The voice file it came from: the evaluation leaves each voice out in turn. */
  file: string;
}

const FOLDER = 'dialog-acts';
const CONTENT_KEY = 'not-an-act';

/**
 * Reads `knowledge/dialog-acts/*.yml`: one file per voice, each act a list of messages, and
 * `not-an-act:` for messages that look social but ask something. A missing folder is none.
 */
export function loadDialogActExamples(folder: string): DialogActExample[] {
  const dir = join(folder, FOLDER);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yml') || f.endsWith('.yaml'))
    .sort()
    .flatMap((name) => {
      const file = `${FOLDER}/${name}`;
      const data = parseKnowledgeYaml(file, readFileSync(join(dir, name), 'utf8'));
      if (!data || typeof data !== 'object' || Array.isArray(data)) throw new KnowledgeError(file, 'must map acts to lists of messages.');
      return Object.entries(data as Record<string, unknown>).flatMap(([key, messages]) => {
        const act = key === CONTENT_KEY ? 'content' : (DIALOG_ACTS as readonly string[]).includes(key) ? (key as DialogAct) : undefined;
        if (!act) throw new KnowledgeError(file, `"${key}" is not an act (allowed: ${[...DIALOG_ACTS, CONTENT_KEY].join(', ')}).`);
        if (!Array.isArray(messages) || messages.some((m) => typeof m !== 'string' && typeof m !== 'number')) {
          throw new KnowledgeError(file, `"${key}:" must be followed by a list of messages.`);
        }
        return messages.map((m) => ({ text: String(m), act, file }));
      });
    });
}
