import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors';
import { assertNeedTransition, assertVolunteerCanChangeNeed, canMoveNeed, decideNeed, finalNeedStatuses, MessageToVolunteer, TriageDecisionInput, TriageNeedInput } from './need-status';
import { needStatuses } from './schemas';

const caseId = '0b6e1f6a-3c1d-4f2e-9a7b-5c4d3e2f1a0b';

describe('need transitions', () => {
  it('allows received -> triaged -> final, received -> final and received -> withdrawn, nothing else', () => {
    const allowed = needStatuses.flatMap((from) => needStatuses.filter((to) => canMoveNeed(from, to)).map((to) => `${from}>${to}`));
    expect(allowed.sort()).toEqual(
      [
        'received>triaged',
        'received>withdrawn',
        ...finalNeedStatuses.map((s) => `received>${s}`),
        ...finalNeedStatuses.map((s) => `triaged>${s}`),
      ].sort(),
    );
  });

  it('throws an INVALID DomainError with the i18n key for a refused move', () => {
    expect(() => assertNeedTransition('received', 'triaged')).not.toThrow();
    for (const [from, to] of [['resolved', 'received'], ['triaged', 'received'], ['referred', 'resolved'], ['received', 'received']] as const) {
      let error: unknown;
      try {
        assertNeedTransition(from, to);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(DomainError);
      expect(error).toMatchObject({ code: 'INVALID', messageKey: 'errors.needTransition', field: 'status' });
    }
  });
});

describe('volunteer changes', () => {
  it('are allowed only while the need is received', () => {
    expect(() => assertVolunteerCanChangeNeed('received')).not.toThrow();
    for (const status of needStatuses.filter((s) => s !== 'received')) {
      expect(() => assertVolunteerCanChangeNeed(status)).toThrow(expect.objectContaining({ code: 'CONFLICT', messageKey: 'errors.needAlreadyTriaged' }));
    }
  });
});

describe('TriageDecisionInput', () => {
  it('parses each decision and gives the status it leads to', () => {
    const cases = [
      [{ decision: 'link_to_case', caseId, messageToVolunteer: 'ok' }, 'linked_to_case'],
      [{ decision: 'new_case', messageToVolunteer: 'ok' }, 'linked_to_case'],
      [{ decision: 'refer', agency: 'health_centre', messageToVolunteer: 'ok' }, 'referred'],
      [{ decision: 'resolve', messageToVolunteer: 'ok' }, 'resolved'],
      [{ decision: 'not_actionable', messageToVolunteer: 'ok' }, 'not_actionable'],
    ] as const;
    for (const [input, status] of cases) {
      expect(decideNeed('received', TriageDecisionInput.parse(input))).toBe(status);
      expect(decideNeed('triaged', TriageDecisionInput.parse(input))).toBe(status);
    }
    expect(() => decideNeed('resolved', TriageDecisionInput.parse({ decision: 'resolve', messageToVolunteer: 'again' }))).toThrow(DomainError);
  });

  it('requires what each decision needs', () => {
    expect(TriageDecisionInput.safeParse({ decision: 'link_to_case', messageToVolunteer: 'ok' }).success).toBe(false);
    expect(TriageDecisionInput.safeParse({ decision: 'link_to_case', caseId: 'C-1', messageToVolunteer: 'ok' }).success).toBe(false);
    expect(TriageDecisionInput.safeParse({ decision: 'refer', messageToVolunteer: 'ok' }).success).toBe(false);
    expect(TriageDecisionInput.safeParse({ decision: 'refer', agency: 'the moon', messageToVolunteer: 'ok' }).success).toBe(false);
    expect(TriageDecisionInput.safeParse({ decision: 'resolve' }).success).toBe(false);
    expect(TriageDecisionInput.safeParse({ decision: 'close', messageToVolunteer: 'ok' }).success).toBe(false);
    expect(TriageNeedInput.safeParse({ needId: caseId, version: -1, decision: { decision: 'resolve', messageToVolunteer: 'ok' } }).success).toBe(false);
  });
});

describe('MessageToVolunteer', () => {
  it('takes 1-280 characters in any script, counting characters, not UTF-16 units', () => {
    const khmer = 'ក'.repeat(280);
    expect(MessageToVolunteer.parse(khmer)).toBe(khmer);
    expect(MessageToVolunteer.safeParse('ក'.repeat(281)).success).toBe(false);
    expect(MessageToVolunteer.parse('🙏'.repeat(280))).toHaveLength(560);
    expect(MessageToVolunteer.safeParse('🙏'.repeat(281)).success).toBe(false);
    expect(MessageToVolunteer.parse('x'.repeat(280))).toHaveLength(280);
  });

  it('refuses an empty or blank message and never stores zero-width spaces', () => {
    expect(MessageToVolunteer.safeParse('').success).toBe(false);
    expect(MessageToVolunteer.safeParse('  \u200b ').success).toBe(false);
    expect(MessageToVolunteer.parse(' អរគុណ\u200bច្រើន ')).toBe('អរគុណច្រើន');
    // Zero-width spaces do not count towards the limit.
    expect(MessageToVolunteer.safeParse('ក\u200b'.repeat(280)).success).toBe(true);
  });
});
