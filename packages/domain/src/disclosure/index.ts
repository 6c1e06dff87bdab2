// Disclosure control for the supporters portal (docs/DESIGN.md §5): what may be published, how, and the attack it withstands.
export * from './types';
export { protectCount, knownRange, roundToBase, smallCountLimit, roundingBase } from './primary';
export { findTableSpecProblem, communeQuarterMinimum } from './policy';
export { protectPublication, protectTable, disclosurePolicy, DisclosureConflictError } from './protect';
export type { PublicationRequest, DisclosurePolicy, CellConflict } from './protect';
export { rate, rateMinimumBase, rateMinimumCount } from './rate';
export type { PublishedRate } from './rate';
export { recoverSuppressed, cellsOf } from './attack';
export type { AttackResult, Recovery } from './attack';
export { sumCommuneQuarters } from './raw';
export { attackRevisions } from './revisions';
export type { PublicRevision, RevisionAttack, RevisionLink, RevisionRange, StatedChange } from './revisions';
