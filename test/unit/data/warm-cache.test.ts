// warmCache: keeps what it read for a while per key, never keeps a miss, can be told to forget.
import { describe, expect, it } from 'vitest';
import { warmCache } from '../../../shared/data/warm-cache';

describe('warmCache', () => {
  it('reads once within its time, again after it', async () => {
    const reads: string[] = [];
    const cache = warmCache(1000, async (k: string) => (reads.push(k), `v-${k}`));
    expect(await cache.get('a', 0)).toBe('v-a');
    expect(await cache.get('a', 999)).toBe('v-a');
    expect(await cache.get('b', 999)).toBe('v-b');
    expect(await cache.get('a', 1000)).toBe('v-a');
    expect(reads).toEqual(['a', 'b', 'a']);
  });

  it('keeps no miss, and forgets one key or all', async () => {
    let found = false;
    const cache = warmCache(1000, async (k: string) => (found ? k : undefined));
    expect(await cache.get('x', 0)).toBeUndefined();
    found = true;
    expect(await cache.get('x', 1)).toBe('x');
    found = false;
    expect(await cache.get('x', 2)).toBe('x');
    cache.forget('x');
    expect(await cache.get('x', 3)).toBeUndefined();
    found = true;
    await cache.get('y', 4);
    found = false;
    cache.forget();
    expect(await cache.get('y', 5)).toBeUndefined();
  });

  it('starts afresh rather than grow past its size', async () => {
    let reads = 0;
    const cache = warmCache(1000, async (k: number) => (reads++, k), 2);
    for (const k of [1, 2, 3, 1]) await cache.get(k, 0);
    expect(reads).toBe(4); // 3 cleared the two kept, so 1 was read again
  });
});
