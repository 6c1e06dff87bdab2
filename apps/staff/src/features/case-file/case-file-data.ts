// Which records the MoSVY case file shows: the forms carry one assessment, one care plan and one closure, so
// the approved one wins over a draft, and the newest wins among equals. Pure, so it is tested without a browser.

type Approvable = { approvalState: string; createdAt: string };

/** The approved record newest first, else the newest of any state; null when there is none. */
export function recordForForm<T extends Approvable>(records: readonly T[], dateOf: (r: T) => string): T | null {
  const newestFirst = [...records].sort((a, b) => (dateOf(b) + b.createdAt).localeCompare(dateOf(a) + a.createdAt));
  return newestFirst.find((r) => r.approvalState === 'approved') ?? newestFirst[0] ?? null;
}

/** Oldest first: the file reads as the story of the case. */
export function inDateOrder<T>(records: readonly T[], dateOf: (r: T) => string): T[] {
  return [...records].sort((a, b) => dateOf(a).localeCompare(dateOf(b)));
}

/** Where the PDF of this case file is downloaded, in one language. */
export function caseFilePdfUrl(caseId: string, locale: 'en' | 'km'): string {
  return `/api/staff/case-file.pdf?${new URLSearchParams({ caseId, lang: locale }).toString()}`;
}
