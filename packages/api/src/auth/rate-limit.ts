// Sign-in limits: growing delays per account from one address, per account and per address, kept in SQLite.
import { claimSignInAttempt, isKnownSignInAddress, settleSignIn, type Db, type SignInCounter, type SignInGate } from '@kruosar/db';
import { signInDelayRules, twoFactorDelayRule, type SignInDelayRule } from '@kruosar/domain';

export type SignInAttempt = { username: string; address: string };

export type SignInLimiter = {
  /** Count the attempt before its password is checked; refuse while a counter is in its delay. */
  claim: (db: Db, attempt: SignInAttempt & { userId: string | null }, now: Date) => SignInGate;
  /** The password was right: the owner's counters start again. */
  succeed: (db: Db, attempt: SignInAttempt & { userId: string }, now: Date) => void;
  /** A two-factor code after the right password: counted before it is checked, like a password. */
  claimCode: (db: Db, attempt: { userId: string; address: string }, now: Date) => SignInGate;
  /** The code was right: its counters start again. */
  codeSucceeded: (db: Db, attempt: { userId: string; address: string }, now: Date) => void;
};

const keys = (a: SignInAttempt) => ({
  accountFromAddress: `account-from-address:${a.username}\n${a.address}`,
  account: `account:${a.username}`,
  address: `address:${a.address}`,
});
const codeKeys = (a: { userId: string; address: string }) => ({ account: `code-account:${a.userId}`, accountFromAddress: `code-account-from-address:${a.userId}\n${a.address}` });
const knownKey = (userId: string, address: string) => `known-address:${userId}\n${address}`;

export function createSignInLimiter(rules: Record<keyof typeof signInDelayRules, SignInDelayRule> = signInDelayRules, codeRule: SignInDelayRule = twoFactorDelayRule): SignInLimiter {
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
    claimCode(db, attempt, now) {
      const k = codeKeys(attempt);
      return claimSignInAttempt(db, { counters: [{ key: k.accountFromAddress, rule: codeRule }, { key: k.account, rule: codeRule }], now });
    },
    codeSucceeded(db, attempt, now) {
      const k = codeKeys(attempt);
      settleSignIn(db, { clear: [k.accountFromAddress, k.account], giveBack: [], knownKey: knownKey(attempt.userId, attempt.address), now });
    },
  };
}
