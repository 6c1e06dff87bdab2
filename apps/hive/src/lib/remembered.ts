// Small things this phone remembers between visits (localStorage), so the app opens and works without a network.
// Storage can be full or switched off (private mode): then nothing is remembered and the online path still works.

/** Everything the hive keeps in localStorage (the offline queue of needs is in IndexedDB: features/outbox). */
export const rememberedKeys = {
  /** The last account the server confirmed: the app opens signed in without a network. */
  user: 'kruosar.hive.user',
  /** The villages of the volunteer's communes, with the account they belong to: the form works offline. */
  villages: 'kruosar.hive.villages',
  /** The last copy of "My reports" and when it came, shown (with its date) while the phone is offline. */
  reports: 'kruosar.hive.reports',
  /** The last copy of the hive board and when it came. */
  board: 'kruosar.hive.board',
  /** The last copy of the committees' open issues shown on the board. */
  committeeIssues: 'kruosar.hive.committeeIssues',
  /** The team's replies the volunteer has already seen (the badge counts the others). */
  seenReplies: 'kruosar.hive.seenReplies',
  /** Set when the volunteer signed out but the server could not be told yet: told when the network returns. */
  signOutPending: 'kruosar.hive.signOutPending',
} as const;

/** What the phone kept for the signed-in account: forgotten at sign-out, or when the server refuses the session. */
export const accountKeys = [rememberedKeys.user, rememberedKeys.villages, rememberedKeys.reports, rememberedKeys.board, rememberedKeys.committeeIssues, rememberedKeys.seenReplies] as const;

/** A copy kept for one account, with when the server gave it. */
export type KeptCopy<T> = { ownerId: string; keptAt: string; data: T };

export function keep<T>(key: string, ownerId: string, data: T): void {
  remember<KeptCopy<T>>(key, { ownerId, keptAt: new Date().toISOString(), data });
}

/** The copy kept for this account, if any (another account's copy on a shared phone is not theirs). */
export function keptCopy<T>(key: string, ownerId: string): KeptCopy<T> | null {
  const kept = recall<KeptCopy<T>>(key);
  return kept?.ownerId === ownerId ? kept : null;
}

export function remember<T>(key: string, value: T): void {
  try {
    localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // not remembered; the next online visit tries again
  }
}

export function recall<T>(key: string): T | null {
  try {
    const text = localStorage.getItem(key);
    return text === null ? null : (JSON.parse(text) as T);
  } catch {
    return null;
  }
}

export function forget(key: string): void {
  try {
    localStorage.removeItem(key);
  } catch {
    // nothing to forget
  }
}
