// Pure rules of the carer registry: free places, approval readiness, and matching a child to approved carers.
import { DomainError } from '../errors';
import { carerAssessmentKinds, type CarerRecordInput, type CarerRecordKind, type MatchCandidate, type MatchChild, type MatchReason } from './schemas';

export const freePlaces = (c: Pick<MatchCandidate, 'capacity' | 'placedNow'>) => Math.max(0, c.capacity - c.placedNow);

/** A carer goes for approval with a home visit, a reference and a safeguarding check, none of them with concerns. */
export function assertAssessmentComplete(records: readonly { kind: CarerRecordKind; outcome: string }[]): void {
  const missing = carerAssessmentKinds.filter((kind) => !records.some((r) => r.kind === kind && r.outcome === 'satisfactory'));
  if (missing.length > 0) {
    throw new DomainError('INVALID', 'errors.carerAssessmentIncomplete', `Assessment: record a satisfactory ${missing.join(', ')} before asking for approval`, 'kind');
  }
}

/**
 * What a record of each kind must say: a payment or in-kind support its amount, a kinship assessment the child
 * (by case) and how the relative is related to them.
 */
export function assertRecordComplete(input: Pick<CarerRecordInput, 'kind' | 'amountRiel' | 'caseId' | 'caseReference' | 'relationshipToChild'>): void {
  if ((input.kind === 'support_payment' || input.kind === 'support_in_kind') && input.amountRiel === null) {
    throw new DomainError('INVALID', 'errors.amountRequired', 'Amount (riel) is required for a payment or in-kind support', 'amountRiel');
  }
  if (input.kind !== 'kinship_assessment') return;
  if (input.caseId === null && input.caseReference === '') {
    throw new DomainError('INVALID', 'errors.kinshipCaseRequired', 'Case reference: a kinship assessment is about one child; give their case reference', 'caseReference');
  }
  if (input.relationshipToChild === null) {
    throw new DomainError('INVALID', 'errors.relationshipRequired', 'Relationship to the child is required for a kinship assessment', 'relationshipToChild');
  }
}

/**
 * Approved carers who can take this child (and the siblings placed with them) now, best first: the age range and
 * free places must fit, and siblings need a carer who takes them together. Same commune, a shared language and
 * emergency readiness rank a carer higher.
 */
export function matchCarers<T extends MatchCandidate>(child: MatchChild, carers: readonly T[], options: { emergencyOnly?: boolean } = {}): { carer: T; score: number; reasons: MatchReason[] }[] {
  const children = 1 + child.siblingsToPlace;
  return carers
    .filter((c) => c.status === 'approved' && child.ageYears >= c.ageMin && child.ageYears <= c.ageMax && freePlaces(c) >= children)
    .filter((c) => child.siblingsToPlace === 0 || c.takesSiblings)
    .filter((c) => !options.emergencyOnly || (c.emergency && c.kind === 'foster'))
    .map((carer) => {
      const reasons: MatchReason[] = [];
      if (carer.communeCode === child.communeCode) reasons.push('same_commune');
      if ((carer.languages as readonly string[]).includes(child.language)) reasons.push('language');
      if (child.siblingsToPlace > 0) reasons.push('siblings_together');
      if (carer.emergency) reasons.push('emergency');
      const score = (reasons.includes('same_commune') ? 3 : 0) + (reasons.includes('language') ? 2 : 0) + (reasons.includes('emergency') ? 1 : 0);
      return { carer, score, reasons };
    })
    .sort((a, b) => b.score - a.score || freePlaces(b.carer) - freePlaces(a.carer) || a.carer.id.localeCompare(b.carer.id));
}
