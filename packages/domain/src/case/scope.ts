// Which cases a signed-in person may see (docs/DESIGN.md §3). Repositories turn this into a WHERE clause.
import type { CurrentUser } from '../user/schemas';

export type CaseScope =
  | { kind: 'all'; identified: boolean }
  | { kind: 'communes'; communeCodes: string[]; identified: true }
  | { kind: 'own'; userId: string; identified: true }
  | { kind: 'none' };

export function caseScopeOf(user: Pick<CurrentUser, 'id' | 'role' | 'communeCodes'>): CaseScope {
  switch (user.role) {
    case 'admin':
      return { kind: 'all', identified: true };
    case 'analyst':
      return { kind: 'all', identified: false };
    case 'supervisor':
      return { kind: 'communes', communeCodes: user.communeCodes, identified: true };
    case 'caseworker':
      return { kind: 'own', userId: user.id, identified: true };
    default:
      return { kind: 'none' };
  }
}
