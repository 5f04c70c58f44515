import { mkdirSync } from 'node:fs';
import { appendFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Logger } from '../logger';
import { BatchingEventSink } from './batching-event-sink';

/** Events appended to a local JSON Lines file (the default). */
export class JsonlEventSink extends BatchingEventSink {
  constructor(file: string, logger: Logger) {
    mkdirSync(dirname(file), { recursive: true });
    super((lines) => appendFile(file, lines), logger);
  }
}
