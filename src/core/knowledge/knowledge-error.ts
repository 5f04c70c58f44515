import { parse } from 'yaml';

/** A knowledge file that cannot be used: start-up stops with the file and the problem named. */
export class KnowledgeError extends Error {
  constructor(
    readonly file: string,
    readonly problem: string,
  ) {
    super(`Knowledge file ${file}: ${problem}`);
    this.name = 'KnowledgeError';
  }
}

/** Parses a knowledge file's YAML; text that is not YAML stops start-up with its first line of error. */
export function parseKnowledgeYaml(file: string, text: string): unknown {
  try {
    return parse(text);
  } catch (error) {
    throw new KnowledgeError(file, `is not valid YAML: ${(error as Error).message.split('\n')[0]}`);
  }
}
