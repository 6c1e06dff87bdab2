import { describe, expect, it } from 'vitest';
import { dailyDigestMail, firstContactCountdown, highRiskAssignmentMail, highRiskBulkAssignmentMail, referenceSummary, nextAttemptAfter, OUTBOX_MAX_ATTEMPTS } from './rules';
import { EmailPreferencesInput, SmtpSettingsInput } from './schemas';

const now = new Date('2026-03-10T08:00:00Z');

describe('firstContactCountdown', () => {
  it('counts the minutes left and turns overdue once the target passes', () => {
    expect(firstContactCountdown('2026-03-10T10:30:00Z', now)).toEqual({ minutesLeft: 150, overdue: false });
    expect(firstContactCountdown('2026-03-10T08:00:00Z', now)).toEqual({ minutesLeft: 0, overdue: false });
    expect(firstContactCountdown('2026-03-10T07:59:00Z', now)).toEqual({ minutesLeft: -1, overdue: true });
  });
});

describe('nextAttemptAfter', () => {
  it('waits longer after each failure, at most an hour, and gives up after the last attempt', () => {
    const waits = [1, 2, 3, 4, 5, 6, 7].map((n) => (nextAttemptAfter(n, now)!.getTime() - now.getTime()) / 60_000);
    expect(waits).toEqual([1, 2, 4, 8, 16, 32, 60]);
    expect(nextAttemptAfter(OUTBOX_MAX_ATTEMPTS, now)).toBeNull();
  });
});

describe('mail text', () => {
  it('names the case by reference and never by name, in the reader language', () => {
    const en = highRiskAssignmentMail({ reference: 'KR-0001', dueAt: '2026-03-11 08:00', link: 'http://x/staff/cases/1', locale: 'en' });
    expect(en.subject).toContain('KR-0001');
    expect(en.body).toContain('http://x/staff/cases/1');
    const km = highRiskAssignmentMail({ reference: 'KR-0001', dueAt: '2026-03-11 08:00', link: 'l', locale: 'km' });
    expect(km.subject).toMatch(/ករណីហានិភ័យខ្ពស់/);
  });

  it('sums up a bulk assignment in one mail, every high-risk reference listed', () => {
    const en = highRiskBulkAssignmentMail({ references: ['KR-1', 'KR-2'], soonestDueAt: '2026-03-11 08:00 UTC', link: 'http://x/staff/cases?worker=u1', locale: 'en' });
    expect(en.subject).toBe('2 high-risk cases assigned to you: first contact within 24 hours');
    expect(en.body).toContain('- KR-1\n- KR-2');
    expect(en.body).toContain('2026-03-11 08:00 UTC');
    expect(highRiskBulkAssignmentMail({ references: ['KR-1', 'KR-2'], soonestDueAt: 'd', link: 'l', locale: 'km' }).subject).toMatch(/^ករណីហានិភ័យខ្ពស់ 2/);
  });

  it('names at most five references in a summary, then counts the rest', () => {
    expect(referenceSummary(['A', 'B'])).toBe('A, B');
    expect(referenceSummary(['A', 'B', 'C', 'D', 'E', 'F', 'G'])).toBe('A, B, C, D, E +2');
  });

  it('sends no digest when there is nothing to do, and lists only what is waiting', () => {
    const zero = { firstContactsDue: 0, returned: 0, awaitingApproval: 0, visitsDue: 0, visitsOverdue: 0, actionsDue: 0, reviewsDue: 0, referrals: 0, needsWaiting: 0 };
    expect(dailyDigestMail(zero, { link: 'l', locale: 'en' })).toBeNull();
    const mail = dailyDigestMail({ ...zero, visitsOverdue: 2, referrals: 1 }, { link: 'l', locale: 'en' })!;
    expect(mail.subject).toBe('My work today: 3');
    expect(mail.body).toContain('Visits overdue: 2');
    expect(mail.body).not.toContain('Plan reviews');
  });
});

describe('settings input', () => {
  it('refuses a host with spaces, a port out of range and a sender that is not an address', () => {
    const r = SmtpSettingsInput.safeParse({ host: 'mail example', port: 70000, security: 'tls', sender: 'nobody' });
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => i.path.join('.')).sort()).toEqual(['host', 'port', 'sender']);
    expect(SmtpSettingsInput.parse({ host: 'mail.example.org', port: '៥៨៧', security: 'starttls', sender: 'kruosar@example.org' }).port).toBe(587);
  });
  it('refuses a mail address without @', () => {
    expect(EmailPreferencesInput.safeParse({ email: 'dalin', dailyDigest: true }).success).toBe(false);
  });
});
