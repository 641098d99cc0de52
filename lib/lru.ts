/**
 * A map that forgets its least recently used entries beyond a count and, optionally, a total size: the
 * one eviction rule of the render thread's caches (lib/pdf/text-layout-cache.ts,
 * lib/pdf/block-layout-cache.ts, lib/payload/section-memo.ts). A Map iterates in insertion order; an
 * entry read or written moves to the end, so the first entry is the least recent.
 */
export class LeastRecentlyUsed<V> {
  private readonly entries = new Map<string, V>();
  private total = 0;

  constructor(
    private readonly limits: { maxEntries: number; maxSize?: number; sizeOf?: (value: V) => number },
  ) {}

  get size(): number {
    return this.entries.size;
  }

  /** The entries' total size by `sizeOf` (0 without it). */
  get totalSize(): number {
    return this.total;
  }

  get(key: string): V | undefined {
    const value = this.entries.get(key);
    if (value !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, value);
    }
    return value;
  }

  set(key: string, value: V): void {
    this.delete(key);
    this.entries.set(key, value);
    this.total += this.sizeOf(value);
    const { maxEntries, maxSize = Infinity } = this.limits;
    for (const [oldest, entry] of this.entries) {
      if (this.entries.size <= maxEntries && this.total <= maxSize) break;
      this.entries.delete(oldest);
      this.total -= this.sizeOf(entry);
    }
  }

  values(): IterableIterator<V> {
    return this.entries.values();
  }

  clear(): void {
    this.entries.clear();
    this.total = 0;
  }

  private delete(key: string): void {
    const old = this.entries.get(key);
    if (old === undefined) return;
    this.entries.delete(key);
    this.total -= this.sizeOf(old);
  }

  private sizeOf(value: V): number {
    return this.limits.sizeOf?.(value) ?? 0;
  }
}
