/**
 * Loads each key's strings once per container and shares the load between callers; a load
 * that fails is forgotten, so the next call tries again. A failed dynamic import (a chunk not
 * read at a cold start) would otherwise be remembered for the container's life, and every
 * email or page in that language would fail until it ended.
 */
export function cachedLoads<K, V>(load: (key: K) => Promise<V>): (key: K) => Promise<V> {
  const loads = new Map<K, Promise<V>>();
  return (key) => {
    const known = loads.get(key);
    if (known) return known;
    const loading = Promise.resolve(key).then(load);
    loads.set(key, loading);
    loading.catch(() => {
      if (loads.get(key) === loading) loads.delete(key);
    });
    return loading;
  };
}
