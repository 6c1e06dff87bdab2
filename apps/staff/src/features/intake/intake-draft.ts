// The intake form kept in this browser tab while it is filled in, so a reload or Back does not lose it.
// sessionStorage, not localStorage: it stays in this tab and is gone when the tab closes, so a shared office
// computer does not keep a child's details.

export type IntakeDraft = { values: Record<string, unknown>; communeCode: string | null };
export type DraftStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** One draft per person and per starting point (a blank intake, or the hive need it came from). */
export const intakeDraftKey = (userId: string, needId: string | null) => `kruosar.intake-draft.${userId}.${needId ?? 'blank'}`;

export function readIntakeDraft(storage: DraftStorage, key: string): IntakeDraft | null {
  try {
    const parsed = JSON.parse(storage.getItem(key) ?? 'null') as unknown;
    if (typeof parsed !== 'object' || parsed === null) return null;
    const { values, communeCode } = parsed as Partial<IntakeDraft>;
    if (typeof values !== 'object' || values === null || Array.isArray(values)) return null;
    return { values, communeCode: typeof communeCode === 'string' ? communeCode : null };
  } catch {
    // A draft from an older form, or storage turned off: start blank.
    return null;
  }
}

export function writeIntakeDraft(storage: DraftStorage, key: string, draft: IntakeDraft): void {
  try {
    storage.setItem(key, JSON.stringify(draft));
  } catch {
    // Storage full or refused (private mode): the form still works, only without the draft.
  }
}

export function clearIntakeDraft(storage: DraftStorage, key: string): void {
  try {
    storage.removeItem(key);
  } catch {
    // Nothing kept, nothing to clear.
  }
}
