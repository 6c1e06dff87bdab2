// Pure merge rules: the fields that differ, the supervisor's choices turned into a plan, and whether an undo can
// restore exactly what was there before.
import { DomainError, invalid } from '../errors';
import type { FieldChoices, FieldDecision, MergeField, MergeKind, MergeValue, RepointedRow } from './schemas';
import { mergeFieldsOf } from './schemas';

/** Equal values; lists (income sources) are compared as sets, since their order means nothing. */
export function sameMergeValue(a: MergeValue | undefined, b: MergeValue | undefined): boolean {
  if (Array.isArray(a) && Array.isArray(b)) {
    const x = [...a].sort();
    const y = [...b].sort();
    return x.length === y.length && x.every((v, i) => v === y[i]);
  }
  return (a ?? null) === (b ?? null);
}

type Values = Readonly<Record<string, MergeValue>>;

/** The fields whose values differ between the two records, in the compare screen's order. */
export function mergeConflicts(kind: MergeKind, survivor: Values, merged: Values): MergeField[] {
  return mergeFieldsOf(kind).filter((f) => !sameMergeValue(survivor[f], merged[f]));
}

export type MergePair = {
  kind: MergeKind;
  survivorId: string;
  mergedId: string;
  /** Set when that record is itself a tombstone of an earlier merge. */
  survivorMergedInto: string | null;
  mergedMergedInto: string | null;
  /** Households only: each may have one carer record, so two cannot become one household. */
  bothHaveCarer?: boolean;
};

/** Why these two records cannot be merged, or null when they can. */
export function mergeBlock(p: MergePair): DomainError | null {
  if (p.survivorId === p.mergedId) {
    return new DomainError('INVALID', 'errors.mergeSameRecord', 'These are the same record: choose another one to merge.', 'other');
  }
  if (p.survivorMergedInto !== null || p.mergedMergedInto !== null) {
    return new DomainError('CONFLICT', 'errors.mergeAlreadyMerged', 'One of these records was already merged into another. Open the surviving record instead.', 'other');
  }
  if (p.kind === 'household' && p.bothHaveCarer) {
    return new DomainError('CONFLICT', 'errors.mergeTwoCarers', 'Both households have a carer record. Close one carer record before merging the households.', 'other');
  }
  return null;
}

/**
 * The supervisor's choices as a plan: the values the survivor takes, and one decision per differing field (the
 * value set aside stays in the merge record and the history). A differing field without a choice is refused, so no
 * value is dropped by default.
 */
export function planFieldDecisions(kind: MergeKind, survivor: Values, merged: Values, choices: FieldChoices): { set: Record<string, MergeValue>; decisions: FieldDecision[] } {
  const set: Record<string, MergeValue> = {};
  const decisions: FieldDecision[] = [];
  for (const field of mergeConflicts(kind, survivor, merged)) {
    const from = choices[field];
    if (from === undefined) {
      throw invalid(`choices.${field}`, 'Choose which value to keep for every field that differs.', 'errors.mergeChooseEveryField');
    }
    const kept = (from === 'survivor' ? survivor[field] : merged[field]) ?? null;
    const discarded = (from === 'survivor' ? merged[field] : survivor[field]) ?? null;
    if (from === 'merged') set[field] = kept;
    decisions.push({ field, kept, discarded, from });
  }
  return { set, decisions };
}

export type UndoState = {
  undoneAt: string | null;
  decisions: readonly FieldDecision[];
  repointed: readonly RepointedRow[];
  /** Each repointed row as it is now: its column's value, or null when the row is gone. */
  current: ReadonlyMap<string, string | null>;
  survivorId: string;
  survivorValues: Values;
  /** Whether the merged record is still the tombstone of this merge. */
  mergedIsTombstone: boolean;
  /** Merges involving either record that happened after this one and are not undone. */
  laterMerges: number;
};

export const repointKey = (r: Pick<RepointedRow, 'table' | 'rowId' | 'column'>) => `${r.table}:${r.rowId}:${r.column}`;

/** What stops an exact undo; empty when it is safe. */
export function undoProblems(s: UndoState): string[] {
  if (s.undoneAt !== null) return ['this merge was already undone'];
  const problems: string[] = [];
  if (s.laterMerges > 0) problems.push('a later merge involves one of these records: undo that one first');
  if (!s.mergedIsTombstone) problems.push('the merged record changed since');
  const moved = s.repointed.filter((r) => s.current.get(repointKey(r)) !== s.survivorId);
  if (moved.length > 0) problems.push(`${moved.length} moved record(s) were since moved elsewhere or removed`);
  const edited = s.decisions.filter((d) => d.from === 'merged' && !sameMergeValue(s.survivorValues[d.field], d.kept)).map((d) => d.field);
  if (edited.length > 0) problems.push(`fields edited since the merge: ${edited.join(', ')}`);
  return problems;
}

/** Refuse an undo that could not restore exactly what was there before. */
export function assertUndoSafe(s: UndoState): void {
  const problems = undoProblems(s);
  if (problems.length === 0) return;
  if (s.undoneAt !== null) throw new DomainError('CONFLICT', 'errors.mergeAlreadyUndone', 'This merge was already undone.');
  throw new DomainError('CONFLICT', 'errors.mergeUndoUnsafe', `This merge can no longer be undone exactly: ${problems.join('; ')}.`);
}

/** The survivor's values before the merge, for the fields the merge changed. */
export function valuesBeforeMerge(decisions: readonly FieldDecision[]): Record<string, MergeValue> {
  return Object.fromEntries(decisions.filter((d) => d.from === 'merged').map((d) => [d.field, d.discarded]));
}
