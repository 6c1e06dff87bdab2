// Pure rules of programmes: a participant as a duplicate profile, what an attendance list changes, quarters.
import type { DuplicateProfile } from '../duplicates/score';
import type { ParticipantCheckInput } from './schemas';

/**
 * A participant is registered with a year of birth only: the middle of that year, marked estimated, so the
 * duplicate score allows a year either way as it does for any estimated date.
 */
export function participantProfile(p: ParticipantCheckInput, communeCode: string | null = null): DuplicateProfile {
  return {
    givenNameKm: p.givenNameKm,
    familyNameKm: p.familyNameKm,
    givenNameLatin: p.givenNameLatin,
    familyNameLatin: p.familyNameLatin,
    sex: p.sex,
    dateOfBirth: `${String(p.birthYear).padStart(4, '0')}-07-01`,
    dateOfBirthEstimated: true,
    villageCode: p.villageCode,
    communeCode: communeCode ?? p.villageCode.slice(0, 6),
  };
}

/** Who is added to and removed from a session's list; a child ticked twice counts once. */
export function attendanceChanges(before: readonly string[], after: readonly string[]): { added: string[]; removed: string[]; kept: string[] } {
  const was = new Set(before);
  const now = new Set(after);
  return {
    added: [...now].filter((id) => !was.has(id)),
    removed: [...was].filter((id) => !now.has(id)),
    kept: [...now].filter((id) => was.has(id)),
  };
}

/** The quarter (1-4) of a yyyy-mm-dd date. */
export function quarterOfDate(date: string): number {
  return Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1;
}

/** A short code a participant is known by where their name may not be shown (P-000123). */
export function participantCode(serial: number): string {
  return `P-${String(serial).padStart(6, '0')}`;
}
