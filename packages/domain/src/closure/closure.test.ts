import { describe, expect, it } from 'vitest';
import { assertMayRequestClosure, assertOpenWorkExplained, caseAfterClosureDecision, openWorkAtClosure, proposedClosureFollowUpOn } from './rules';
import { ClosureInput } from './schemas';

const closure = { reason: 'goals_met', closedOn: '2026-05-31', summary: 'Living safely with her mother, back in school' };
const issuesOf = (input: unknown) => (ClosureInput.safeParse(input).error?.issues ?? []).map((i) => [i.path.join('.'), i.message]);

describe('ClosureInput', () => {
  it('accepts a closure with a follow-up after it', () => {
    expect(ClosureInput.parse({ ...closure, followUpOn: '2026-08-31' })).toMatchObject({ reasonOther: '', followUpOn: '2026-08-31' });
    expect(ClosureInput.parse(closure).followUpOn).toBeNull();
  });
  it('asks for the reason when it is other', () => {
    expect(issuesOf({ ...closure, reason: 'other' })).toEqual([['reasonOther', 'Closure reason (other): say why the case is closed']]);
    expect(issuesOf({ ...closure, reason: 'other', reasonOther: 'Married abroad' })).toEqual([]);
  });
  it('refuses a follow-up on or before the closure date', () => {
    expect(issuesOf({ ...closure, followUpOn: '2026-05-31' })).toEqual([['followUpOn', 'Follow-up date after closure must be after the closure date']]);
  });
  it('names missing fields', () => {
    expect(issuesOf({ reason: 'finished' }).map(([path]) => path)).toEqual(['reason', 'closedOn', 'summary']);
  });
});

describe('closure rules', () => {
  it('proposes a follow-up three months later, end-of-month safe, except when the child moved or was transferred', () => {
    expect(proposedClosureFollowUpOn('goals_met', '2026-05-31')).toBe('2026-08-31');
    expect(proposedClosureFollowUpOn('refused', '2026-11-30')).toBe('2027-02-28');
    expect(proposedClosureFollowUpOn('moved', '2026-05-31')).toBeNull();
  });
  it('requests closure only from the closure stage of an open case', () => {
    expect(() => assertMayRequestClosure({ status: 'open', stage: 'closure' })).not.toThrow();
    expect(() => assertMayRequestClosure({ status: 'open', stage: 'implementation' })).toThrow(expect.objectContaining({ messageKey: 'errors.closureNotReady' }));
    expect(() => assertMayRequestClosure({ status: 'closed', stage: 'closure' })).toThrow();
  });
  it('closes the case only when the closure is approved', () => {
    const c = { status: 'open', stage: 'closure' } as const;
    expect(caseAfterClosureDecision(c, 'approved')).toEqual({ status: 'closed', stage: 'closure' });
    expect(caseAfterClosureDecision(c, 'returned')).toEqual(c);
  });
});

describe('open work at closure', () => {
  const action = (doneOn: string | null) => ({ doneOn });
  const plans = [
    { approvalState: 'approved' as const, goals: [{ actions: [action(null), action('2026-04-01')] }, { actions: [action(null)] }] },
    // A draft plan's actions were never agreed: they are not open work.
    { approvalState: 'draft' as const, goals: [{ actions: [action(null)] }] },
  ];
  const visits = [
    { doneOn: null, cancelledOn: null },
    { doneOn: '2026-03-01', cancelledOn: null },
    { doneOn: null, cancelledOn: '2026-03-02' },
  ];

  it('counts actions of approved plans not done and visits neither done nor cancelled', () => {
    expect(openWorkAtClosure({ casePlans: plans, followUps: visits })).toEqual({ openActions: 2, scheduledVisits: 1 });
    expect(openWorkAtClosure({ casePlans: [], followUps: [] })).toEqual({ openActions: 0, scheduledVisits: 0 });
  });

  it('asks for a reason only when work is open', () => {
    expect(() => assertOpenWorkExplained({ openActions: 0, scheduledVisits: 1 }, '  ')).toThrow(expect.objectContaining({ field: 'openWorkReason', messageKey: 'errors.closureOpenWork' }));
    expect(() => assertOpenWorkExplained({ openActions: 2, scheduledVisits: 0 }, 'Family moved abroad')).not.toThrow();
    expect(() => assertOpenWorkExplained({ openActions: 0, scheduledVisits: 0 }, '')).not.toThrow();
  });
});
