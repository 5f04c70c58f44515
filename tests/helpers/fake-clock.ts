import type { Clock } from '../../src/bot/walkthrough-timers';

/** A clock that moves only when a test says so: a ten-minute timer fires in no time, and never by accident. */
export class FakeClock implements Clock {
  private time = Date.UTC(2026, 11, 8, 9, 0, 0);
  private readonly timers = new Map<number, { at: number; run: () => void }>();
  private next = 1;

  now(): number {
    return this.time;
  }

  setTimeout(run: () => void, ms: number): number {
    const id = this.next++;
    this.timers.set(id, { at: this.time + ms, run });
    return id;
  }

  clearTimeout(handle: unknown): void {
    this.timers.delete(handle as number);
  }

  /** Timers waiting now. */
  get pending(): number {
    return this.timers.size;
  }

  /** Moves time on, running every timer that comes due, in order. */
  advance(ms: number): void {
    this.time += ms;
    const due = [...this.timers.entries()].filter(([, t]) => t.at <= this.time).sort((a, b) => a[1].at - b[1].at);
    for (const [id, timer] of due) {
      this.timers.delete(id);
      timer.run();
    }
  }
}
