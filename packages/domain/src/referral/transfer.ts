// Transfer of a case from one caseworker to another, inside Kruosar.
import { z } from 'zod';
import { idField, requiredField } from '../case-workflow/fields';
import { DomainError } from '../errors';
import type { Role } from '../roles';

export const TransferInput = z.object({
  toUserId: idField('New caseworker'),
  reason: requiredField('Transfer reason', 2000),
});
export type TransferInput = z.infer<typeof TransferInput>;

type Staff = { id: string; role: Role; communeCodes: readonly string[] };

/**
 * The new caseworker is a caseworker or supervisor who works in the case's commune and is not the one who has it
 * now; otherwise the case would land where nobody may see it.
 */
export function assertTransfer(p: { currentCaseworkerId: string | null; to: Staff; communeCode: string }): void {
  const { to } = p;
  if (to.role !== 'caseworker' && to.role !== 'supervisor') {
    throw new DomainError('INVALID', 'errors.transferNotCaseworker', 'New caseworker: choose a caseworker or supervisor', 'toUserId');
  }
  if (to.id === p.currentCaseworkerId) {
    throw new DomainError('INVALID', 'errors.transferSameCaseworker', 'New caseworker: the case is already assigned to this person', 'toUserId');
  }
  if (!to.communeCodes.includes(p.communeCode)) {
    throw new DomainError('INVALID', 'errors.transferOutsideCommune', "New caseworker: this person does not work in the case's commune", 'toUserId');
  }
}
