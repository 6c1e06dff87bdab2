import { describe, expect, it } from 'vitest';
import { boardCounts } from './board';
import { needCategories, type TriageNeed } from './schemas';

const need = (over: Partial<TriageNeed>): TriageNeed => ({
  id: 'n',
  villageCode: '02030401',
  villageName: 'ភូមិថ្មី',
  category: 'food',
  urgency: 'soon',
  description: 'Family of Sok Dara has no rice',
  status: 'received',
  messageToVolunteer: 'We will visit Sok Dara on Monday',
  reportedAt: '2026-03-01T08:00:00.000Z',
  receivedAt: '2026-03-01T09:00:00.000Z',
  communeCode: '020304',
  communeName: 'Commune',
  contactName: 'Sok Dara',
  contactPhone: '012345678',
  consentToContact: true,
  volunteerName: 'Chan Thy',
  caseId: null,
  phonedIn: false,
  phonedInByName: null,
  version: 0,
  ...over,
});

describe('boardCounts', () => {
  const needs = [
    need({ category: 'food', status: 'received' }),
    need({ category: 'food', status: 'triaged' }),
    need({ category: 'violence_or_abuse', status: 'received' }),
    need({ category: 'school', status: 'resolved' }),
    need({ category: 'health', status: 'linked_to_case', caseId: 'c1' }),
    need({ category: 'shelter', status: 'not_actionable' }),
    need({ category: 'documents', status: 'referred' }),
  ];

  it('counts open needs by category, every category listed in order', () => {
    const board = boardCounts(needs);
    expect(board.total).toBe(3);
    expect(board.byCategory.map((c) => c.category)).toEqual([...needCategories]);
    expect(Object.fromEntries(board.byCategory.map((c) => [c.category, c.count]))).toMatchObject({ food: 2, violence_or_abuse: 1, school: 0, health: 0, shelter: 0, documents: 0 });
    expect(boardCounts([])).toEqual({ total: 0, byCategory: needCategories.map((category) => ({ category, count: 0 })) });
  });

  it('never carries a name, description, place, message or id', () => {
    const json = JSON.stringify(boardCounts(needs));
    for (const secret of ['Sok Dara', 'no rice', 'Chan Thy', '012345678', '02030401', 'ភូមិថ្មី', 'Monday', 'c1', '"n"']) expect(json).not.toContain(secret);
    const board = boardCounts(needs);
    expect(Object.keys(board).sort()).toEqual(['byCategory', 'total']);
    for (const row of board.byCategory) expect(Object.keys(row).sort()).toEqual(['category', 'count']);
  });
});
