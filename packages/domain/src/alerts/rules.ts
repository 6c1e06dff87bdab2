// Pure rules of alerts: the first-contact countdown, the outbox's retry schedule and the mail text.
import type { NotificationKind } from './schemas';

/** How long is left before a case's first-contact target (negative once it has passed), in whole minutes. */
export function firstContactCountdown(firstContactDueAt: string, now: Date): { minutesLeft: number; overdue: boolean } {
  const minutesLeft = Math.floor((Date.parse(firstContactDueAt) - now.getTime()) / 60_000);
  return { minutesLeft, overdue: minutesLeft < 0 };
}

/** Attempts before a message is given up (about a day of waiting in all). */
export const OUTBOX_MAX_ATTEMPTS = 8;

/**
 * When to try again after `attempts` failed tries: 1, 2, 4 ... minutes, at most an hour apart, so a mail server
 * down for a night is retried until it is back without hammering it. Null once the attempts are used up.
 */
export function nextAttemptAfter(attempts: number, now: Date): Date | null {
  if (attempts >= OUTBOX_MAX_ATTEMPTS) return null;
  const minutes = Math.min(60, 2 ** Math.max(0, attempts - 1));
  return new Date(now.getTime() + minutes * 60_000);
}

type MailLocale = 'en' | 'km';

const subjects: Record<MailLocale, Partial<Record<NotificationKind, (d: Record<string, string>) => string>>> = {
  en: {
    case_assigned: (d) => `High-risk case ${d.reference ?? ''} assigned to you: first contact within 24 hours`,
    high_risk_case: (d) => `New high-risk case ${d.reference ?? ''} in your commune`,
  },
  km: {
    case_assigned: (d) => `ករណីហានិភ័យខ្ពស់ ${d.reference ?? ''} ត្រូវបានប្រគល់ឱ្យអ្នក៖ ទំនាក់ទំនងដំបូងក្នុងរយៈពេល ២៤ ម៉ោង`,
    high_risk_case: (d) => `ករណីហានិភ័យខ្ពស់ថ្មី ${d.reference ?? ''} នៅក្នុងឃុំរបស់អ្នក`,
  },
};

/**
 * The immediate mail for a high-risk assignment, in the person's language. Only the case reference and a link:
 * a child's name never leaves the system by mail.
 */
export function highRiskAssignmentMail(params: { reference: string; dueAt: string; link: string; locale: string }): { subject: string; body: string } {
  const locale: MailLocale = params.locale === 'km' ? 'km' : 'en';
  const subject = subjects[locale].case_assigned!({ reference: params.reference });
  const body =
    locale === 'km'
      ? `ករណី ${params.reference} ត្រូវបានប្រគល់ឱ្យអ្នក។ ត្រូវទាក់ទងកុមារមុន ${params.dueAt}។\n\nបើកករណី៖ ${params.link}\n`
      : `Case ${params.reference} has been assigned to you. The child must be contacted before ${params.dueAt}.\n\nOpen the case: ${params.link}\n`;
  return { subject, body };
}

/** References named in a bulk assignment's notification or mail; the rest are counted. */
export const BULK_REFERENCES_SHOWN = 5;

/** "KR-1, KR-2, KR-3" or "KR-1, KR-2, KR-3, KR-4, KR-5 +7": the first references, then how many more. */
export function referenceSummary(references: string[]): string {
  const shown = references.slice(0, BULK_REFERENCES_SHOWN).join(', ');
  const more = references.length - BULK_REFERENCES_SHOWN;
  return more > 0 ? `${shown} +${more}` : shown;
}

/**
 * One mail for the high-risk cases of a bulk assignment, however many: their references, the soonest first-contact
 * target and a link to the person's caseload. No child's name.
 */
export function highRiskBulkAssignmentMail(params: { references: string[]; soonestDueAt: string; link: string; locale: string }): { subject: string; body: string } {
  const n = params.references.length;
  const list = params.references.map((r) => `- ${r}`).join('\n');
  if (params.locale === 'km') {
    return {
      subject: `ករណីហានិភ័យខ្ពស់ ${n} ត្រូវបានប្រគល់ឱ្យអ្នក៖ ទំនាក់ទំនងដំបូងក្នុងរយៈពេល ២៤ ម៉ោង`,
      body: `ករណីហានិភ័យខ្ពស់ ${n} ត្រូវបានប្រគល់ឱ្យអ្នក៖\n${list}\n\nករណីដំបូងត្រូវទាក់ទងមុន ${params.soonestDueAt}។\n\nបើកករណីរបស់អ្នក៖ ${params.link}\n`,
    };
  }
  return {
    subject: `${n} high-risk cases assigned to you: first contact within 24 hours`,
    body: `${n} high-risk cases have been assigned to you:\n${list}\n\nThe first child must be contacted before ${params.soonestDueAt}.\n\nOpen your cases: ${params.link}\n`,
  };
}

export type DigestCounts = {
  firstContactsDue: number;
  returned: number;
  awaitingApproval: number;
  visitsDue: number;
  visitsOverdue: number;
  actionsDue: number;
  reviewsDue: number;
  referrals: number;
  needsWaiting: number;
};

/** The daily digest: counts only, and a link to My work. Null when there is nothing to do (no mail is sent). */
export function dailyDigestMail(counts: DigestCounts, params: { link: string; locale: string }): { subject: string; body: string } | null {
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  if (total === 0) return null;
  const km = params.locale === 'km';
  const lines: [keyof DigestCounts, string, string][] = [
    ['firstContactsDue', 'First contacts due', 'ទំនាក់ទំនងដំបូងដល់ពេលកំណត់'],
    ['returned', 'Work returned to you', 'ការងារដែលបានប្រគល់មកអ្នកវិញ'],
    ['awaitingApproval', 'Waiting for approval', 'កំពុងរង់ចាំការអនុម័ត'],
    ['visitsDue', 'Visits due', 'ការចុះសួរសុខទុក្ខដល់ពេលកំណត់'],
    ['visitsOverdue', 'Visits overdue', 'ការចុះសួរសុខទុក្ខហួសពេលកំណត់'],
    ['actionsDue', 'Plan actions due', 'សកម្មភាពផែនការដល់ពេលកំណត់'],
    ['reviewsDue', 'Plan reviews due', 'ការពិនិត្យផែនការដល់ពេលកំណត់'],
    ['referrals', 'Referrals to you', 'ការបញ្ជូនមកអ្នក'],
    ['needsWaiting', 'Hive needs waiting', 'តម្រូវការពីសំបុកឃ្មុំកំពុងរង់ចាំ'],
  ];
  const body = lines
    .filter(([key]) => counts[key] > 0)
    .map(([key, en, kh]) => `${km ? kh : en}: ${counts[key]}`)
    .join('\n');
  return {
    subject: km ? `ការងាររបស់ខ្ញុំថ្ងៃនេះ៖ ${total}` : `My work today: ${total}`,
    body: `${body}\n\n${km ? 'បើក ការងាររបស់ខ្ញុំ' : 'Open My work'}: ${params.link}\n`,
  };
}
