// Supervisor approval of assessments, case plans and closures: draft -> submitted -> approved | returned.
import { z } from 'zod';
import { DomainError } from '../errors';
import type { Role } from '../roles';
import { choiceField, optionalField } from './fields';

export const approvalStates = ['draft', 'submitted', 'approved', 'returned'] as const;
export type ApprovalState = (typeof approvalStates)[number];

export const approvalDecisions = ['approve', 'return'] as const;
export type ApprovalDecision = (typeof approvalDecisions)[number];

/** The approval columns an approvable record carries. */
export const Approval = z.object({
  approvalState: z.enum(approvalStates),
  submittedById: z.string().nullable(),
  submittedAt: z.string().nullable(),
  decidedById: z.string().nullable(),
  decidedAt: z.string().nullable(),
  returnReason: z.string().nullable(),
});
export type Approval = z.infer<typeof Approval>;

export const draftApproval: Approval = {
  approvalState: 'draft',
  submittedById: null,
  submittedAt: null,
  decidedById: null,
  decidedAt: null,
  returnReason: null,
};

/** A supervisor's decision; returning a record says why, so the caseworker knows what to change. */
export const ApprovalDecisionInput = z
  .object({
    decision: choiceField('Decision', approvalDecisions),
    reason: optionalField('Reason for returning', 2000),
  })
  .superRefine((v, ctx) => {
    if (v.decision === 'return' && v.reason === '') {
      ctx.addIssue({ code: 'custom', path: ['reason'], message: 'Reason for returning is required when returning for changes' });
    }
  });
export type ApprovalDecisionInput = z.infer<typeof ApprovalDecisionInput>;

export type Approver = { id: string; role: Role; communeCodes: readonly string[] };

/**
 * Four eyes: the approver is a supervisor (of the case's commune, when given) or an admin, and is not the
 * person who asked for approval.
 */
export function assertApprover(p: { requesterId: string; approver: Approver; communeCode?: string }): void {
  const { approver } = p;
  if (approver.role !== 'supervisor' && approver.role !== 'admin') {
    throw new DomainError('FORBIDDEN', 'errors.notSupervisor', 'Only a supervisor or an admin may approve');
  }
  if (approver.id === p.requesterId) {
    throw new DomainError('FORBIDDEN', 'errors.selfApproval', 'You cannot approve what you submitted; ask another supervisor');
  }
  if (approver.role === 'supervisor' && p.communeCode !== undefined && !approver.communeCodes.includes(p.communeCode)) {
    throw new DomainError('FORBIDDEN', 'errors.notSupervisor', "Only a supervisor of this case's commune may approve");
  }
}

function assertState(a: Approval, allowed: readonly ApprovalState[], action: string): void {
  if (!allowed.includes(a.approvalState)) {
    throw new DomainError('INVALID', 'errors.approvalState', `Approval: cannot ${action} a record that is ${a.approvalState}`, 'approvalState');
  }
}

/** A draft, or a record returned for changes, is sent for approval. */
export function submitForApproval(a: Approval, submittedById: string, now: string): Approval {
  assertState(a, ['draft', 'returned'], 'submit');
  return { ...a, approvalState: 'submitted', submittedById, submittedAt: now, decidedById: null, decidedAt: null };
}

/** A supervisor approves or returns a submitted record. */
export function decideApproval(
  a: Approval,
  input: ApprovalDecisionInput,
  approver: Approver,
  now: string,
  communeCode?: string,
): Approval {
  assertState(a, ['submitted'], input.decision);
  assertApprover({ requesterId: a.submittedById ?? '', approver, ...(communeCode === undefined ? {} : { communeCode }) });
  return input.decision === 'approve'
    ? { ...a, approvalState: 'approved', decidedById: approver.id, decidedAt: now, returnReason: null }
    : { ...a, approvalState: 'returned', decidedById: approver.id, decidedAt: now, returnReason: input.reason };
}

/** Approved records are the record of what was agreed: they are not edited, a new one is made. */
export function isEditable(a: Pick<Approval, 'approvalState'>): boolean {
  return a.approvalState === 'draft' || a.approvalState === 'returned';
}
