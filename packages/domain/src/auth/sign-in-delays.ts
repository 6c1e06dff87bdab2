// Growing delays after failed sign-ins, instead of a hard lock an attacker could use against the owner.

/** How one counter (an account from one address, an account, an address) slows guessing down. */
export type SignInDelayRule = {
  /** Failures allowed before any delay. */
  free: number;
  /** The first delay; each further failure doubles it. */
  firstDelaySeconds: number;
  maxDelaySeconds: number;
  /** A counter untouched this long starts again from zero (and may then be purged). */
  forgetAfterHours: number;
};

/**
 * The three counters. The pair is the tight one: one person guessing one account. The account counter spans
 * addresses (spread-out guessing) but stays short and skips addresses the owner has signed in from; the address
 * counter spans accounts (one guesser trying many) and allows many users behind one shared address.
 */
export const signInDelayRules = {
  accountFromAddress: { free: 5, firstDelaySeconds: 15, maxDelaySeconds: 15 * 60, forgetAfterHours: 24 },
  account: { free: 10, firstDelaySeconds: 2, maxDelaySeconds: 2 * 60, forgetAfterHours: 24 },
  address: { free: 30, firstDelaySeconds: 1, maxDelaySeconds: 5 * 60, forgetAfterHours: 24 },
} as const satisfies Record<string, SignInDelayRule>;

/**
 * Codes after a right password (authenticator or recovery code): whoever types them already has the password, so
 * they slow down sooner and further than passwords. Counted per account and per account from one address.
 */
export const twoFactorDelayRule: SignInDelayRule = { free: 5, firstDelaySeconds: 30, maxDelaySeconds: 30 * 60, forgetAfterHours: 24 };

/** An address the owner signed in from stays known this long. */
export const knownAddressDays = 90;

/** Seconds to wait after the `failures`-th failure: none within the free allowance, then doubling up to the cap. */
export function signInDelaySeconds(failures: number, rule: SignInDelayRule): number {
  if (failures < rule.free) return 0;
  return Math.min(rule.firstDelaySeconds * 2 ** Math.min(failures - rule.free, 30), rule.maxDelaySeconds);
}
