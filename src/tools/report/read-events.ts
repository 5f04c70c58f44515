import { existsSync, readFileSync } from 'node:fs';
import type { TurnEvent } from '../../events/turn-event';

/** Reads a JSON Lines event file; lines that are not events are counted and skipped. */
export function readEvents(file: string): { events: TurnEvent[]; skipped: number } {
  return existsSync(file) ? parseEvents(readFileSync(file, 'utf8')) : { events: [], skipped: 0 };
}

export function parseEvents(text: string): { events: TurnEvent[]; skipped: number } {
  const events: TurnEvent[] = [];
  let skipped = 0;
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    try {
      const event = JSON.parse(line) as TurnEvent;
      if (typeof event.kind === 'string' && typeof event.at === 'string') events.push(event);
      else skipped += 1;
    } catch {
      skipped += 1;
    }
  }
  return { events, skipped };
}
