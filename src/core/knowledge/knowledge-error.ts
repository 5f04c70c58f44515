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
