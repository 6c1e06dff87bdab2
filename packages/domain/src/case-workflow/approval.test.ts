import { describe, expect, it } from 'vitest';
import { ApprovalDecisionInput, assertApprover, decideApproval, draftApproval, isEditable, submitForApproval, type Approver } from './approval';

const supervisor: Approver = { id: 'sup1', role: 'supervisor', communeCodes: ['020303'] };
const otherSupervisor: Approver = { id: 'sup2', role: 'supervisor', communeCodes: ['020303'] };
const caseworker: Approver = { id: 'cw1', role: 'caseworker', communeCodes: ['020303'] };
const now = '2026-02-01T09:00:00.000Z';

describe('assertApprover', () => {
  it('lets a supervisor approve what someone else submitted', () => {
    expect(() => assertApprover({ requesterId: 'cw1', approver: supervisor })).not.toThrow();
    expect(() => assertApprover({ requesterId: 'cw1', approver: { id: 'a1', role: 'admin', communeCodes: [] }, communeCode: '020303' })).not.toThrow();
  });
  it('refuses self-approval, even by a supervisor', () => {
    expect(() => assertApprover({ requesterId: 'sup1', approver: supervisor })).toThrow(
      expect.objectContaining({ code: 'FORBIDDEN', messageKey: 'errors.selfApproval' }),
    );
  });
  it('refuses caseworkers and analysts', () => {
    for (const role of ['caseworker', 'analyst'] as const) {
      expect(() => assertApprover({ requesterId: 'x', approver: { ...caseworker, role } })).toThrow(
        expect.objectContaining({ code: 'FORBIDDEN', messageKey: 'errors.notSupervisor' }),
      );
    }
  });
  it("refuses a supervisor of another commune", () => {
    expect(() => assertApprover({ requesterId: 'cw1', approver: supervisor, communeCode: '020304' })).toThrow(
      expect.objectContaining({ messageKey: 'errors.notSupervisor' }),
    );
  });
});

describe('approval states', () => {
  it('goes draft -> submitted -> returned -> submitted -> approved', () => {
    const submitted = submitForApproval(draftApproval, 'cw1', now);
    expect(submitted).toMatchObject({ approvalState: 'submitted', submittedById: 'cw1' });
    expect(isEditable(submitted)).toBe(false);
    const returned = decideApproval(submitted, { decision: 'return', reason: 'Add the school domain' }, supervisor, now);
    expect(returned).toMatchObject({ approvalState: 'returned', returnReason: 'Add the school domain', decidedById: 'sup1' });
    expect(isEditable(returned)).toBe(true);
    const again = submitForApproval(returned, 'cw1', now);
    const approved = decideApproval(again, { decision: 'approve', reason: '' }, otherSupervisor, now, '020303');
    expect(approved).toMatchObject({ approvalState: 'approved', decidedById: 'sup2', returnReason: null });
  });
  it('refuses deciding a draft or submitting an approved record', () => {
    expect(() => decideApproval(draftApproval, { decision: 'approve', reason: '' }, supervisor, now)).toThrow(/draft/);
    const approved = decideApproval(submitForApproval(draftApproval, 'cw1', now), { decision: 'approve', reason: '' }, supervisor, now);
    expect(() => submitForApproval(approved, 'cw1', now)).toThrow(expect.objectContaining({ messageKey: 'errors.approvalState' }));
  });
  it('refuses a supervisor approving their own submission', () => {
    const submitted = submitForApproval(draftApproval, 'sup1', now);
    expect(() => decideApproval(submitted, { decision: 'approve', reason: '' }, supervisor, now)).toThrow(
      expect.objectContaining({ messageKey: 'errors.selfApproval' }),
    );
  });
  it('requires a reason to return', () => {
    const r = ApprovalDecisionInput.safeParse({ decision: 'return', reason: '  ' });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]).toMatchObject({ path: ['reason'], message: expect.stringMatching(/^Reason for returning is required/) });
    expect(ApprovalDecisionInput.parse({ decision: 'approve' })).toEqual({ decision: 'approve', reason: '' });
  });
});
