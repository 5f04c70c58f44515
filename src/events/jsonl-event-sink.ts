import { appendFile, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Logger } from '../logger';
import type { EventSink, TurnEvent } from './turn-event';

/** Writes beyond this many queued events are dropped (and counted), never allowed to pile up. */
const MAX_QUEUE = 10_000;

/**
 * Appends events to a JSON Lines file, one write at a time in the background, so a slow disk
 * never slows a reply and a failing one never fails it.
 */
export class JsonlEventSink implements EventSink {
  private queue: string[] = [];
  private writing = false;
  dropped = 0;

  constructor(
    private readonly file: string,
    private readonly logger: Logger,
  ) {
    mkdirSync(dirname(file), { recursive: true });
  }

  record(event: TurnEvent): void {
    if (this.queue.length >= MAX_QUEUE) {
      this.dropped += 1;
      return;
    }
    this.queue.push(`${JSON.stringify(event)}\n`);
    if (!this.writing) this.flush();
  }

  /** Resolves once everything queued so far is on disk (used at shutdown and in tests). */
  async drain(): Promise<void> {
    while (this.writing || this.queue.length > 0) await new Promise((resolve) => setTimeout(resolve, 5));
  }

  private flush(): void {
    const batch = this.queue.join('');
    this.queue = [];
    this.writing = true;
    appendFile(this.file, batch, (error) => {
      // No event content in the log: only that writing failed.
      if (error) this.logger.warn({ err: { message: error.message } }, 'could not write events');
      this.writing = false;
      if (this.queue.length > 0) this.flush();
    });
  }
}
