// Sign-in rate limit: after too many failures for one username or one client, refuse for a while.
export type SignInLimiter = {
  check: (keys: string[], now: Date) => { allowed: true } | { allowed: false; retryAfterSeconds: number };
  fail: (keys: string[], now: Date) => void;
  succeed: (keys: string[]) => void;
};

export function createSignInLimiter(opts: { maxFailures: number; windowMinutes: number } = { maxFailures: 5, windowMinutes: 15 }): SignInLimiter {
  const failures = new Map<string, number[]>();
  const windowMs = opts.windowMinutes * 60_000;
  const recent = (key: string, now: Date) => (failures.get(key) ?? []).filter((t) => now.getTime() - t < windowMs);
  return {
    check(keys, now) {
      for (const key of keys) {
        const times = recent(key, now);
        if (times.length >= opts.maxFailures) {
          const retryAfterSeconds = Math.ceil((times[0]! + windowMs - now.getTime()) / 1000);
          return { allowed: false, retryAfterSeconds };
        }
      }
      return { allowed: true };
    },
    fail(keys, now) {
      for (const key of keys) failures.set(key, [...recent(key, now), now.getTime()]);
    },
    succeed(keys) {
      for (const key of keys) failures.delete(key);
    },
  };
}
