/**
 * A small least-recently-used cache. People ask the same questions again and again (a
 * follow-up button sends the same words every time), and matching and safety checks are pure.
 */
export class LruCache<K, V> {
  private readonly items = new Map<K, V>();

  constructor(private readonly limit: number) {}

  get(key: K): V | undefined {
    const value = this.items.get(key);
    if (value !== undefined) {
      this.items.delete(key);
      this.items.set(key, value);
    }
    return value;
  }

  delete(key: K): void {
    this.items.delete(key);
  }

  set(key: K, value: V): void {
    if (this.limit <= 0) return;
    this.items.delete(key);
    this.items.set(key, value);
    if (this.items.size > this.limit) this.items.delete(this.items.keys().next().value!);
  }
}
