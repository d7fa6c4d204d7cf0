import type { CacheStore } from '../load/cache-store.js';
import { pairsIn } from '../validate/cached-shapes.js';

/**
 * A map kept in one cache entry, for answers that never change once worked
 * out (a commit's day, a past trend point, a commit's errors): the entry is
 * read on first use, what this run adds is written back by save(), the
 * newest `keep` pairs. An entry can be old without being wrong.
 */
export interface KeptPairs<V> {
  get(key: string): V | undefined;
  set(key: string, value: V): void;
  save(): void;
}

export function keptPairs<V>(cache: CacheStore, key: string, field: string, value: (v: unknown) => v is V, keep: number): KeptPairs<V> {
  let stored: Map<string, V> | undefined;
  const fresh = new Map<string, V>();
  const read = () => (stored ??= new Map<string, V>(cache.get(key, pairsIn(field, value))?.[field] ?? []));
  return {
    get: (k) => fresh.get(k) ?? read().get(k),
    set: (k, v) => void fresh.set(k, v),
    save() {
      if (fresh.size === 0) return;
      cache.set(key, { [field]: [...new Map([...read(), ...fresh])].slice(-keep) });
    },
  };
}
