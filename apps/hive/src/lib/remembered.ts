// Small things this phone remembers between visits (localStorage), so the app opens and works without a network.
// Storage can be full or switched off (private mode): then nothing is remembered and the online path still works.

/** Everything the hive keeps in localStorage (the offline queue of needs is in IndexedDB: features/outbox). */
export const rememberedKeys = {
  /** The last account the server confirmed: the app opens signed in without a network. */
  user: 'kruosar.hive.user',
  /** The villages of the volunteer's communes, with the account they belong to: the form works offline. */
  villages: 'kruosar.hive.villages',
} as const;

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
