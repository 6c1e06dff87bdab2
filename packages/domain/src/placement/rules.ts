// Rules of a placement history: family-based care, reunification, and no two placements at once.
import { DomainError } from '../errors';
import { familyBasedPlacementTypes, type PlacementType } from './schemas';

type Period = { startDate: string; endDate: string | null };

export function isFamilyBased(type: PlacementType): boolean {
  return (familyBasedPlacementTypes as readonly PlacementType[]).includes(type);
}

/** "Reunified" means a move from residential care to a family (docs/DESIGN.md §4); it starts the follow-up schedule. */
export function isReunification(previous: PlacementType | null, next: PlacementType): boolean {
  return previous === 'residential_care' && isFamilyBased(next);
}

/**
 * A child lives in one place at a time. A placement may start on the day the previous one ends (a move);
 * only the latest placement may be open-ended.
 */
export function assertNoOverlap(placements: readonly Period[]): void {
  const ordered = [...placements].sort((a, b) => a.startDate.localeCompare(b.startDate));
  for (let i = 1; i < ordered.length; i++) {
    const prev = ordered[i - 1]!;
    const next = ordered[i]!;
    if (prev.endDate === null || next.startDate < prev.endDate) {
      const until = prev.endDate ?? 'now (no end date)';
      throw new DomainError(
        'INVALID',
        'errors.placementOverlap',
        `Placement start date ${next.startDate} falls within another placement (${prev.startDate} to ${until}); end that placement first`,
        'startDate',
      );
    }
  }
}

/** The placement the child lives in on a given day, if any. */
export function placementOn<T extends Period>(placements: readonly T[], day: string): T | null {
  return placements.find((p) => p.startDate <= day && (p.endDate === null || day < p.endDate)) ?? null;
}

/** The placement before a given one in time, to tell whether the given one was a reunification. */
export function previousPlacement<T extends Period>(placements: readonly T[], current: Period): T | null {
  const earlier = placements.filter((p) => p.startDate < current.startDate).sort((a, b) => b.startDate.localeCompare(a.startDate));
  return earlier[0] ?? null;
}
