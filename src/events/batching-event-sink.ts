import type { Logger } from '../logger';
import type { EventSink, TurnEvent } from './turn-event';

/** Writes beyond this many queued events are dropped (and counted), never allowed to pile up. */
const MAX_QUEUE = 10_000;
/** A batch this big is written at once rather than waiting for the delay. */
const FULL_BATCH = 500;

/**
 * Queues events as JSON lines and hands them to `write` in batches, one write at a time in
 * the background: a slow store never slows a reply and a failing one never fails it.
 * A batch waits `delayMs` to fill: under load that is one write for hundreds of turns instead
 * of one per turn (an append blob also takes at most 50,000 appends), at the price of losing
 * that much on a crash. `drain()` (shutdown) writes what is queued at once.
 */
export class BatchingEventSink implements EventSink {
  private queue: string[] = [];
  private writing = false;
  private timer: NodeJS.Timeout | undefined;
  private draining = false;
  dropped = 0;

  constructor(
    private readonly write: (lines: string) => Promise<void>,
    private readonly logger: Logger,
    private readonly delayMs = 200,
  ) {}

  record(event: TurnEvent): void {
    if (this.queue.length >= MAX_QUEUE) {
      this.dropped += 1;
      return;
    }
    this.queue.push(`${JSON.stringify(event)}\n`);
    if (this.writing) return;
    if (this.queue.length >= FULL_BATCH) void this.flush();
    // unref: a pending batch never keeps the process alive; shutdown drains it.
    else this.timer ??= setTimeout(() => void this.flush(), this.delayMs).unref();
  }

  /** Resolves once everything queued so far is written (used at shutdown and in tests). */
  async drain(): Promise<void> {
    this.draining = true;
    try {
      if (!this.writing && this.queue.length > 0) void this.flush();
      while (this.writing || this.queue.length > 0) await new Promise((resolve) => setTimeout(resolve, 5));
    } finally {
      this.draining = false;
    }
  }

  /**
   * Writes what is queued, once. What arrives meanwhile waits for the delay again (or for a
   * full batch), rather than being written the moment the last write ends: under load that
   * was a file open, append and close every few turns instead of a few a second.
   */
  private async flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.writing) return;
    this.writing = true;
    const batch = this.queue.join('');
    this.queue = [];
    try {
      await this.write(batch);
    } catch (error) {
      // No event content in the log: only that writing failed.
      this.logger.warn({ err: { message: (error as Error).message } }, 'could not write events');
    }
    this.writing = false;
    if (this.queue.length === 0) return;
    if (this.draining || this.queue.length >= FULL_BATCH) void this.flush();
    else this.timer ??= setTimeout(() => void this.flush(), this.delayMs).unref();
  }
}
