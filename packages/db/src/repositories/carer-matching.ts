// Matching a child to approved carers who can take them now, and the checks a carer placement must pass.
import { eq } from 'drizzle-orm';
import { ageOn, DomainError, freePlaces, invalid, matchCarers, type MatchInput, type MatchReason, type PlacementInput, type CarerSummary } from '@kruosar/domain';
import type { Db } from '../client';
import { carers, children } from '../schema/index';
import { caseFor, todayIn, type Work } from './case-workflow';
import { carerOfHousehold, carerSummaries } from './carers';

/** Approved carers for this child, best first. */
export function matchCarersForCase(db: Db, w: Work, input: MatchInput): { carer: CarerSummary; score: number; reasons: MatchReason[] }[] {
  const c = caseFor(db, w, input.caseId);
  const child = db.select({ dateOfBirth: children.dateOfBirth }).from(children).where(eq(children.id, c.childId)).get()!;
  const approved = carerSummaries(db, eq(carers.status, 'approved'));
  const subject = { ageYears: ageOn(child.dateOfBirth, todayIn(w.now)), language: input.language, communeCode: c.communeCode, siblingsToPlace: input.siblingsToPlace };
  return matchCarers(subject, approved, { emergencyOnly: input.emergencyOnly });
}

const fosterTypes = new Set<string>(['foster_care_emergency', 'foster_care_long_term']);

/**
 * A new foster or kinship placement names the carer's household (no more free text): a foster carer must be
 * approved with a free place; a kinship carer must be registered (their assessment may follow the move) and the
 * placement says how they are related to the child.
 */
export function assertCarerPlacement(db: Db, input: PlacementInput): void {
  const isFoster = fosterTypes.has(input.type);
  if (!isFoster && input.type !== 'kinship_care') return;
  if (input.householdId === null) throw invalid('householdId', 'Carer: choose the carer the child goes to', 'errors.carerRequired');
  const carer = carerOfHousehold(db, input.householdId);
  if (!carer || carer.status === 'deregistered' || carer.status === 'on_hold') {
    throw invalid('householdId', 'Carer: this household is not a registered carer who can take children now', 'errors.carerNotAvailable');
  }
  if (isFoster && (carer.kind !== 'foster' || carer.status !== 'approved')) {
    throw new DomainError('INVALID', 'errors.carerNotApproved', 'Carer: a foster placement needs an approved foster carer', 'householdId');
  }
  if (input.endDate === null && freePlaces(carer) < 1) throw new DomainError('INVALID', 'errors.carerFull', 'Carer: this carer has no free place', 'householdId');
  if (input.type === 'kinship_care' && input.relationshipToChild === null) {
    throw invalid('relationshipToChild', 'Relationship to the child is required for kinship care', 'errors.relationshipRequired');
  }
}
