/**
 * Remembers what `load` returned for `ttlMs`, per process; concurrent callers share one load
 * in flight, and a failed load is not remembered. For figures that may be a few minutes old.
 */
export function memoizeFor<T>(
  ttlMs: number,
  load: () => Promise<T>,
  now: () => number = Date.now,
): { get: () => Promise<T>; clear: () => void } {
  let value: { at: number; promise: Promise<T> } | undefined;
  return {
    get() {
      if (value && now() - value.at < ttlMs) return value.promise;
      const entry = { at: now(), promise: load() };
      value = entry;
      entry.promise.catch(() => {
        if (value === entry) value = undefined;
      });
      return entry.promise;
    },
    clear() {
      value = undefined;
    },
  };
}
