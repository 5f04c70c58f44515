import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../project-root';

/** A word list: one lower-case word a line; blank lines and lines starting with # are skipped. */
export function readWordList(file: string): string[] {
  const words: string[] = [];
  readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .forEach((line, i) => {
      const word = line.trim();
      if (!word || word.startsWith('#')) return;
      if (!/^[a-z]+$/.test(word)) throw new Error(`${file}:${i + 1}: expected one lower-case word (a to z), not "${word}"`);
      words.push(word);
    });
  return words;
}

/**
 * About 17,000 common English words of five letters or more, read once from
 * knowledge/words/common-words.txt (its header says where they come from). Typo correctors
 * leave these alone: a real word is what the person meant ("stretches" is not a typo of
 * "stitches", nor "fragile" of "frail").
 */
export const COMMON_WORDS: ReadonlySet<string> = new Set(readWordList(join(projectRoot(), 'knowledge', 'words', 'common-words.txt')));
