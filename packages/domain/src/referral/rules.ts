// How a referral's status may change once it is sent.
import { DomainError } from '../errors';
import type { ReferralStatus } from './schemas';

export const referralStatusTransitions: Readonly<Record<ReferralStatus, readonly ReferralStatus[]>> = {
  sent: ['accepted', 'declined', 'no_response'],
  // An agency that did not answer may still answer later.
  no_response: ['accepted', 'declined'],
  accepted: ['completed'],
  declined: [],
  completed: [],
};

export function assertReferralStatusChange(from: ReferralStatus, to: ReferralStatus): void {
  if (!referralStatusTransitions[from].includes(to)) {
    throw new DomainError('INVALID', 'errors.referralStatus', `Referral status: a referral that is ${from} cannot become ${to}`, 'status');
  }
}

export function isReferralOpen(status: ReferralStatus): boolean {
  return referralStatusTransitions[status].length > 0;
}
