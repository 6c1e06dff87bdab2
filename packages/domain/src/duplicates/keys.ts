// Name keys a repository can index, so a new registration is scored only against children who share a key.
import { prepareName } from './names';
import type { DuplicateProfile } from './score';

/**
 * Canonical tokens of the four names (Latin, romanised Khmer, and Khmer without marks). Two records of the same
 * child nearly always share one, if only the family name; a spelling that survives normalisation in every name
 * and both scripts at once would be missed, which is why the full report can also score without keys.
 */
export function duplicateNameKeys(
  p: Pick<DuplicateProfile, 'givenNameKm' | 'familyNameKm' | 'givenNameLatin' | 'familyNameLatin'>,
): string[] {
  const keys = new Set<string>();
  for (const name of [p.givenNameKm, p.familyNameKm, p.givenNameLatin, p.familyNameLatin]) {
    const prepared = prepareName(name);
    for (const t of prepared.tokens) keys.add(t);
    for (const t of prepared.latinTokens ?? []) keys.add(t);
  }
  return [...keys].sort();
}
