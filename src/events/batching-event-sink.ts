import type { Logger } from '../logger';
import type { EventSink, TurnEvent } from './turn-event';

/** Writes beyond this many queued events are dropped (and counted), never allowed to pile up. */
const MAX_QUEUE = 10_000;

/**
 * Queues events as JSON lines and hands them to `write` in batches, one write at a time in
 * the background: a slow store never slows a reply and a failing one never fails it.
 */
export class BatchingEventSink implements EventSink {
  private queue: string[] = [];
  private writing = false;
  dropped = 0;

  constructor(
    private readonly write: (lines: string) => Promise<void>,
    private readonly logger: Logger,
  ) {}

  record(event: TurnEvent): void {
    if (this.queue.length >= MAX_QUEUE) {
      this.dropped += 1;
      return;
    }
    this.queue.push(`${JSON.stringify(event)}\n`);
    if (!this.writing) void this.flush();
  }

  /** Resolves once everything queued so far is written (used at shutdown and in tests). */
  async drain(): Promise<void> {
    while (this.writing || this.queue.length > 0) await new Promise((resolve) => setTimeout(resolve, 5));
  }

  private async flush(): Promise<void> {
    this.writing = true;
    while (this.queue.length > 0) {
      const batch = this.queue.join('');
      this.queue = [];
      try {
        await this.write(batch);
      } catch (error) {
        // No event content in the log: only that writing failed.
        this.logger.warn({ err: { message: (error as Error).message } }, 'could not write events');
      }
    }
    this.writing = false;
  }
}
