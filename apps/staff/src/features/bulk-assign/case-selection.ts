// Which cases of the caseload are chosen for a bulk action: some (ticked, across pages) or every case matching the filters.
import { useState } from 'react';

export type SelectedCase = { id: string; communeCode: string };

export type CaseSelection =
  | { mode: 'some'; cases: ReadonlyMap<string, SelectedCase> }
  /** Every case matching the filters when chosen (`total` of them); resolved to ids when the action runs. */
  | { mode: 'all'; total: number };

const none: CaseSelection = { mode: 'some', cases: new Map() };

export function selectedCount(selection: CaseSelection): number {
  return selection.mode === 'all' ? selection.total : selection.cases.size;
}

export function isSelected(selection: CaseSelection, id: string): boolean {
  return selection.mode === 'all' || selection.cases.has(id);
}

export function toggleCase(selection: CaseSelection, row: SelectedCase, pageRows: SelectedCase[]): CaseSelection {
  // Unticking one case out of "all matching" keeps the rest of this page, as the person sees them ticked.
  const cases = new Map(selection.mode === 'all' ? pageRows.map((r) => [r.id, r] as const) : selection.cases);
  if (cases.has(row.id)) cases.delete(row.id);
  else cases.set(row.id, row);
  return { mode: 'some', cases };
}

/** Ticks every row of the page, or unticks them all when they already are. */
export function togglePage(selection: CaseSelection, pageRows: SelectedCase[]): CaseSelection {
  if (selection.mode === 'all') return none;
  const cases = new Map(selection.cases);
  const allTicked = pageRows.length > 0 && pageRows.every((r) => cases.has(r.id));
  for (const r of pageRows) {
    if (allTicked) cases.delete(r.id);
    else cases.set(r.id, r);
  }
  return { mode: 'some', cases };
}

export function pageState(selection: CaseSelection, pageRows: SelectedCase[]): boolean | 'indeterminate' {
  if (selection.mode === 'all') return pageRows.length > 0;
  const ticked = pageRows.filter((r) => selection.cases.has(r.id)).length;
  return ticked === 0 ? false : ticked === pageRows.length ? true : 'indeterminate';
}

/**
 * The selection belongs to one set of filters: when they change, it is dropped, so an action never reaches
 * cases the person no longer sees listed. Paging and sorting keep it.
 */
export function useCaseSelection(filterKey: string) {
  const [state, setState] = useState<{ key: string; selection: CaseSelection }>({ key: filterKey, selection: none });
  const selection = state.key === filterKey ? state.selection : none;
  const setSelection = (next: CaseSelection) => setState({ key: filterKey, selection: next });
  return { selection, setSelection, clear: () => setSelection(none) };
}
