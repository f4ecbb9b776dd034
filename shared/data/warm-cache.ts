// Reference data kept per warm function: read often, changed rarely (hospitals, offices, calendars,
// topics, the SLA policy). A value is kept for `ms` after it was read; a miss (undefined) is never
// kept, so something added a moment ago is found on the next request.

export interface WarmCache<K, V> {
  get(key: K, now?: number): Promise<V | undefined>;
  /** Drops one key, or everything (after an admin changed the data). */
  forget(key?: K): void;
}

export function warmCache<K, V>(ms: number, load: (key: K) => Promise<V | undefined>, maxKeys = 5000): WarmCache<K, V> {
  const kept = new Map<K, { value: V; until: number }>();
  return {
    async get(key, now = Date.now()) {
      const hit = kept.get(key);
      if (hit && hit.until > now) return hit.value;
      const value = await load(key);
      if (value === undefined) return undefined;
      if (kept.size >= maxKeys) kept.clear();
      kept.set(key, { value, until: now + ms });
      return value;
    },
    forget(key) {
      if (key === undefined) kept.clear();
      else kept.delete(key);
    },
  };
}
