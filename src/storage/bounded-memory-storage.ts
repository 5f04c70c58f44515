import type { Storage, StoreItems } from 'botbuilder';

/**
 * A storage that can tell, without a read, that it holds nothing under a key. The bot then
 * does not load (and hash, and compare at the end of the turn) the state of a conversation
 * that has none: no dialog can be running in it and no timer waiting.
 */
export interface KnowsItsKeys {
  holds(key: string): boolean;
}

export const knowsItsKeys = (storage: Storage): storage is Storage & KnowsItsKeys =>
  typeof (storage as Partial<KnowsItsKeys>).holds === 'function';

/**
 * In-memory state that forgets idle conversations, so memory stays bounded however many
 * people chat. A conversation idle longer than `idleMs`, or the oldest beyond
 * `maxItems`, starts afresh: for a stateless FAQ with a short risk dialog, that is harmless.
 * An item written with nothing in it is not kept: reading it back gives nothing either way,
 * and a conversation with no state left is then known to have none (`holds`).
 */
export class BoundedMemoryStorage implements Storage, KnowsItsKeys {
  private readonly items = new Map<string, { json: string; eTag: string; at: number }>();
  private eTags = 0;

  constructor(
    private readonly maxItems: number,
    private readonly idleMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  async read(keys: string[]): Promise<StoreItems> {
    this.evictIdle();
    const found: StoreItems = {};
    for (const key of keys) {
      const item = this.items.get(key);
      if (!item) continue;
      found[key] = { ...JSON.parse(item.json), eTag: item.eTag };
      // Reading is activity too: move it to the young end.
      item.at = this.now();
      this.items.delete(key);
      this.items.set(key, item);
    }
    return found;
  }

  async write(changes: StoreItems): Promise<void> {
    for (const [key, value] of Object.entries(changes)) {
      const current = this.items.get(key);
      const eTag = (value as { eTag?: string }).eTag;
      if (current && eTag && eTag !== '*' && eTag !== current.eTag) {
        throw new Error(`Storage: the state of "${key}" changed since it was read (eTag conflict).`);
      }
      const { eTag: _ignored, ...rest } = value as Record<string, unknown>;
      this.items.delete(key);
      const json = JSON.stringify(rest);
      if (json !== '{}') this.items.set(key, { json, eTag: String(++this.eTags), at: this.now() });
    }
    while (this.items.size > this.maxItems) this.items.delete(this.items.keys().next().value!);
  }

  async delete(keys: string[]): Promise<void> {
    for (const key of keys) this.items.delete(key);
  }

  /** Whether a read of `key` would find anything (an idle item counts as gone, as a read would drop it). */
  holds(key: string): boolean {
    const item = this.items.get(key);
    return item !== undefined && item.at >= this.now() - this.idleMs;
  }

  get size(): number {
    return this.items.size;
  }

  private evictIdle(): void {
    const cutoff = this.now() - this.idleMs;
    for (const [key, item] of this.items) {
      if (item.at >= cutoff) break;
      this.items.delete(key);
    }
  }
}
