// What a merge compares, decides and keeps: both records side by side, the supervisor's choice per field, the
// merge record that makes it undoable.
import { z } from 'zod';
import { Version } from '../common/schemas';

export const mergeKinds = ['child', 'household'] as const;
export type MergeKind = (typeof mergeKinds)[number];

/** The child's fields compared side by side; the surviving record keeps one value of each. */
export const childMergeFields = [
  'familyNameKm', 'givenNameKm', 'familyNameLatin', 'givenNameLatin', 'sex', 'dateOfBirth', 'dateOfBirthEstimated',
  'disability', 'schoolStatus', 'birthRegistration', 'photoConsent', 'notes',
] as const;
/** A household's fields; the village carries its commune with it. */
export const householdMergeFields = ['villageCode', 'idPoor', 'incomeSources', 'address'] as const;
export type MergeField = (typeof childMergeFields)[number] | (typeof householdMergeFields)[number];

export const mergeFieldsOf = (kind: MergeKind): readonly MergeField[] => (kind === 'child' ? childMergeFields : householdMergeFields);

export const MergeValue = z.union([z.string(), z.boolean(), z.array(z.string()), z.null()]);
export type MergeValue = z.infer<typeof MergeValue>;

/** Which record's value survives for one field. */
export const mergeSides = ['survivor', 'merged'] as const;
export type MergeSide = (typeof mergeSides)[number];

export const FieldChoices = z.record(z.string(), z.enum(mergeSides));
export type FieldChoices = z.infer<typeof FieldChoices>;

/** One side of the compare screen. */
export const MergeRecordSide = z.object({
  id: z.string(),
  version: Version,
  /** A line that names the record: the child's names, or the household's village and address. */
  label: z.string(),
  values: z.record(z.string(), MergeValue),
  /** What hangs off the record: case references and counts of the rows that would move. */
  caseReferences: z.array(z.string()),
  linkedRows: z.number().int(),
});
export type MergeRecordSide = z.infer<typeof MergeRecordSide>;

export const MergeCompareInput = z.object({
  kind: z.enum(mergeKinds),
  /** The record the supervisor started from: a child by one of their cases, a household by its id. */
  fromId: z.string().min(1).max(64),
  /** The other record: a case reference for a child, a household id for a household. */
  other: z.string().trim().min(1, 'Enter the other record').max(64),
});
export type MergeCompareInput = z.infer<typeof MergeCompareInput>;

export const MergeCompare = z.object({
  kind: z.enum(mergeKinds),
  survivor: MergeRecordSide,
  merged: MergeRecordSide,
  conflicts: z.array(z.string()),
  /** Why this pair cannot be merged (already merged, same record, two carer records), or null. */
  blockedKey: z.string().nullable(),
  blockedMessage: z.string().nullable(),
});
export type MergeCompare = z.infer<typeof MergeCompare>;

export const MergeInput = z.object({
  kind: z.enum(mergeKinds),
  survivorId: z.string().min(1).max(64),
  survivorVersion: Version,
  mergedId: z.string().min(1).max(64),
  mergedVersion: Version,
  choices: FieldChoices,
});
export type MergeInput = z.infer<typeof MergeInput>;

export const MergeDone = z.object({ mergeId: z.string(), survivorId: z.string() });
export type MergeDone = z.infer<typeof MergeDone>;

/** One row that pointed at the merged record before the merge, and points at the survivor after it. */
export const RepointedRow = z.object({ table: z.string(), rowId: z.string(), column: z.string(), oldValue: z.string() });
export type RepointedRow = z.infer<typeof RepointedRow>;

/** A field whose values differed: what survived, what was set aside (shown in the history), and the survivor's own. */
export const FieldDecision = z.object({
  field: z.string(),
  kept: MergeValue,
  discarded: MergeValue,
  from: z.enum(mergeSides),
});
export type FieldDecision = z.infer<typeof FieldDecision>;

export const MergeHistoryEntry = z.object({
  id: z.string(),
  kind: z.enum(mergeKinds),
  survivorId: z.string(),
  mergedId: z.string(),
  mergedLabel: z.string(),
  mergedAt: z.string(),
  mergedByName: z.string(),
  decisions: z.array(FieldDecision),
  movedRows: z.number().int(),
  undoneAt: z.string().nullable(),
  undoneByName: z.string().nullable(),
});
export type MergeHistoryEntry = z.infer<typeof MergeHistoryEntry>;

export const MergeHistoryInput = z.object({ kind: z.enum(mergeKinds), id: z.string().min(1).max(64) });
export type MergeHistoryInput = z.infer<typeof MergeHistoryInput>;

export const MergeUndoInput = z.object({ mergeId: z.string().min(1).max(64) });
export type MergeUndoInput = z.infer<typeof MergeUndoInput>;

/** Where a merged record went: the notice on its old address links there. */
export const MergedInto = z.object({ survivorId: z.string(), mergeId: z.string() }).nullable();
export type MergedInto = z.infer<typeof MergedInto>;
