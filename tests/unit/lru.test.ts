import { describe, expect, it } from 'vitest';

import { LeastRecentlyUsed } from '@/lib/lru';

describe('LeastRecentlyUsed', () => {
  it('forgets the least recently read or written entry beyond its count', () => {
    const lru = new LeastRecentlyUsed<number>({ maxEntries: 2 });
    lru.set('a', 1);
    lru.set('b', 2);
    expect(lru.get('a')).toBe(1);
    lru.set('c', 3);
    expect([...lru.values()]).toEqual([1, 3]);
    expect(lru.get('b')).toBeUndefined();
  });

  it('keeps its total size under the limit, counting a rewritten entry once', () => {
    const lru = new LeastRecentlyUsed<string>({ maxEntries: 10, maxSize: 5, sizeOf: (text) => text.length });
    lru.set('a', 'xx');
    lru.set('a', 'xxx');
    expect(lru.totalSize).toBe(3);
    lru.set('b', 'yy');
    expect(lru.totalSize).toBe(5);
    lru.set('c', 'z');
    expect([...lru.values()]).toEqual(['yy', 'z']);
    expect(lru.totalSize).toBe(3);
    lru.clear();
    expect([lru.size, lru.totalSize]).toEqual([0, 0]);
  });
});
