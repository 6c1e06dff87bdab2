// The sign-in counters in SQLite: an attempt is counted before its password is checked, in one IMMEDIATE
// transaction, so parallel guesses cannot all pass the gate before any of them is recorded.
import { createHash } from 'node:crypto';
import { and, eq, inArray, lt, sql } from 'drizzle-orm';
import { knownAddressDays, signInDelaySeconds, type SignInDelayRule } from '@kruosar/domain';
import type { Db } from '../client';
import { inTransaction } from '../client';
import { signInThrottle } from '../schema/index';

export type SignInCounter = { key: string; rule: SignInDelayRule };
export type SignInGate = { allowed: true } | { allowed: false; retryAfterSeconds: number };

const hashKey = (key: string) => createHash('sha256').update(key).digest('hex');
const hoursAgo = (now: Date, hours: number) => new Date(now.getTime() - hours * 3600_000).toISOString();

/**
 * Refuse while any counter is in its delay; otherwise count this attempt as a failure on every counter now (a
 * success gives it back in settleSignIn). Failures older than a rule's memory start again from zero.
 */
export function claimSignInAttempt(db: Db, params: { counters: SignInCounter[]; now: Date }): SignInGate {
  const nowIso = params.now.toISOString();
  return inTransaction(db, (tx) => {
    const rows = params.counters.map((counter) => {
      const keyHash = hashKey(counter.key);
      const row = tx.select().from(signInThrottle).where(eq(signInThrottle.keyHash, keyHash)).get();
      const fresh = !row || row.lastAt < hoursAgo(params.now, counter.rule.forgetAfterHours);
      return { counter, keyHash, failures: fresh ? 0 : row.failures, blockedUntil: fresh ? null : row.blockedUntil };
    });
    const waits = rows.filter((r) => r.blockedUntil !== null && r.blockedUntil > nowIso).map((r) => Date.parse(r.blockedUntil!) - params.now.getTime());
    if (waits.length > 0) return { allowed: false, retryAfterSeconds: Math.ceil(Math.max(...waits) / 1000) };
    for (const r of rows) {
      const failures = r.failures + 1;
      const delay = signInDelaySeconds(failures, r.counter.rule);
      const blockedUntil = delay > 0 ? new Date(params.now.getTime() + delay * 1000).toISOString() : null;
      tx.insert(signInThrottle).values({ keyHash: r.keyHash, failures, blockedUntil, lastAt: nowIso })
        .onConflictDoUpdate({ target: signInThrottle.keyHash, set: { failures, blockedUntil, lastAt: nowIso } }).run();
    }
    return { allowed: true };
  });
}

/**
 * A right password: the owner's counters start again, the shared ones (an address) get this attempt back, and
 * the address becomes one the account is known to sign in from.
 */
export function settleSignIn(db: Db, params: { clear: string[]; giveBack: string[]; knownKey: string; now: Date }) {
  const nowIso = params.now.toISOString();
  inTransaction(db, (tx) => {
    if (params.clear.length > 0) tx.delete(signInThrottle).where(inArray(signInThrottle.keyHash, params.clear.map(hashKey))).run();
    for (const key of params.giveBack) {
      tx.update(signInThrottle).set({ failures: sql`max(${signInThrottle.failures} - 1, 0)` }).where(eq(signInThrottle.keyHash, hashKey(key))).run();
    }
    const knownHash = hashKey(params.knownKey);
    tx.insert(signInThrottle).values({ keyHash: knownHash, failures: 0, blockedUntil: null, lastAt: nowIso })
      .onConflictDoUpdate({ target: signInThrottle.keyHash, set: { lastAt: nowIso } }).run();
  });
}

export function isKnownSignInAddress(db: Db, params: { knownKey: string; now: Date }): boolean {
  const row = db.select({ lastAt: signInThrottle.lastAt }).from(signInThrottle).where(eq(signInThrottle.keyHash, hashKey(params.knownKey))).get();
  return row !== undefined && row.lastAt >= hoursAgo(params.now, knownAddressDays * 24);
}

/**
 * Forget counters nobody touched for a day (out of their delay) and addresses unused for the known-address
 * period: the table holds at most a day of guessing. Known addresses are the rows with no failures.
 */
export function purgeSignInThrottle(db: Db, now: Date): number {
  const nowIso = now.toISOString();
  const stale = db.delete(signInThrottle).where(and(lt(signInThrottle.lastAt, hoursAgo(now, 24)), sql`${signInThrottle.failures} > 0`, sql`coalesce(${signInThrottle.blockedUntil}, '') < ${nowIso}`)).run();
  const unused = db.delete(signInThrottle).where(and(lt(signInThrottle.lastAt, hoursAgo(now, knownAddressDays * 24)), eq(signInThrottle.failures, 0))).run();
  return stale.changes + unused.changes;
}
