import { describe, expect, it } from 'vitest';
import { caseFilePdfUrl, inDateOrder, recordForForm } from './case-file-data';

const rec = (id: string, on: string, approvalState: string, createdAt = `${on}T08:00:00Z`) => ({ id, on, approvalState, createdAt });

describe('case file records', () => {
  it('shows the newest approved record even when a newer draft exists', () => {
    const records = [rec('old', '2026-01-05', 'approved'), rec('new', '2026-03-01', 'approved'), rec('draft', '2026-04-01', 'draft')];
    expect(recordForForm(records, (r) => r.on)?.id).toBe('new');
  });

  it('falls back to the newest record when none is approved, and to null when there is none', () => {
    expect(recordForForm([rec('a', '2026-01-05', 'draft'), rec('b', '2026-02-05', 'returned')], (r) => r.on)?.id).toBe('b');
    expect(recordForForm([], (r: ReturnType<typeof rec>) => r.on)).toBeNull();
  });

  it('breaks a tie on the same day by creation time', () => {
    const records = [rec('first', '2026-01-05', 'submitted', '2026-01-05T08:00:00Z'), rec('second', '2026-01-05', 'submitted', '2026-01-05T09:00:00Z')];
    expect(recordForForm(records, (r) => r.on)?.id).toBe('second');
  });

  it('lists placements and visits oldest first', () => {
    expect(inDateOrder([rec('b', '2026-02-01', 'x'), rec('a', '2026-01-01', 'x')], (r) => r.on).map((r) => r.id)).toEqual(['a', 'b']);
  });

  it('builds the PDF address under the staff API, where the session cookie is sent', () => {
    expect(caseFilePdfUrl('case 1', 'km')).toBe('/api/staff/case-file.pdf?caseId=case+1&lang=km');
  });
});
