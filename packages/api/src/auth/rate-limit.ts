// Sign-in limits: growing delays per account from one address, per account and per address, kept in SQLite.
import { claimSignInAttempt, isKnownSignInAddress, settleSignIn, type Db, type SignInCounter, type SignInGate } from '@kruosar/db';
import { signInDelayRules, type SignInDelayRule } from '@kruosar/domain';

export type SignInAttempt = { username: string; address: string };

export type SignInLimiter = {
  /** Count the attempt before its password is checked; refuse while a counter is in its delay. */
  claim: (db: Db, attempt: SignInAttempt & { userId: string | null }, now: Date) => SignInGate;
  /** The password was right: the owner's counters start again. */
  succeed: (db: Db, attempt: SignInAttempt & { userId: string }, now: Date) => void;
};

const keys = (a: SignInAttempt) => ({
  accountFromAddress: `account-from-address:${a.username}\n${a.address}`,
  account: `account:${a.username}`,
  address: `address:${a.address}`,
});
const knownKey = (userId: string, address: string) => `known-address:${userId}\n${address}`;

export function createSignInLimiter(rules: Record<keyof typeof signInDelayRules, SignInDelayRule> = signInDelayRules): SignInLimiter {
  return {
    claim(db, attempt, now) {
      const k = keys(attempt);
      // An attacker guessing from elsewhere slows the account down, but never at an address its owner signs in from.
      const ownersAddress = attempt.userId !== null && isKnownSignInAddress(db, { knownKey: knownKey(attempt.userId, attempt.address), now });
      const counters: SignInCounter[] = [{ key: k.accountFromAddress, rule: rules.accountFromAddress }, { key: k.address, rule: rules.address }];
      if (!ownersAddress) counters.push({ key: k.account, rule: rules.account });
      return claimSignInAttempt(db, { counters, now });
    },
    succeed(db, attempt, now) {
      const k = keys(attempt);
      settleSignIn(db, { clear: [k.accountFromAddress, k.account], giveBack: [k.address], knownKey: knownKey(attempt.userId, attempt.address), now });
    },
  };
}
