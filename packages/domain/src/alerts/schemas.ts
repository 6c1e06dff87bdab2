// Alerts: in-app notifications, the organisation's mail server and each person's mail preferences.
import { z } from 'zod';
import { choiceField, requiredField, wholeNumberField } from '../case-workflow/fields';
import { riskLevels } from '../case/values';

/** What a notification is about. Each kind has a title in both languages (staff locale `alerts.kind.*`). */
export const notificationKinds = [
  'case_assigned',
  /** Several cases given at once (a bulk assignment): one notification summarising them. */
  'cases_assigned',
  'work_returned',
  'work_approved',
  'referral_received',
  'high_risk_case',
  'first_contact_overdue',
] as const;
export type NotificationKind = (typeof notificationKinds)[number];

export const Notification = z.object({
  id: z.string(),
  kind: z.enum(notificationKinds),
  caseId: z.string().nullable(),
  link: z.string(),
  /** Reference, record kind, a reason: short facts the title is filled with; never a child's name. */
  detail: z.record(z.string(), z.string()),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
export type Notification = z.infer<typeof Notification>;

export const smtpSecurities = ['tls', 'starttls', 'none'] as const;
export type SmtpSecurity = (typeof smtpSecurities)[number];

/** A mail address: something@somewhere, no spaces. Deliberately loose; the mail server has the last word. */
const emailField = (field: string) =>
  requiredField(field, 254).pipe(z.string().regex(/^[^\s@]+@[^\s@]+$/, `${field}: write an address like name@example.org`));

export const SmtpSettingsInput = z.object({
  host: requiredField('Mail server', 253).pipe(z.string().regex(/^[A-Za-z0-9.-]+$/, 'Mail server: a host name or IP address, without spaces')),
  port: wholeNumberField('Port', 1, 65535),
  security: choiceField('Security', smtpSecurities),
  sender: emailField('Sender address'),
  /** The portals' public address, for the links in mail; empty leaves links as paths. */
  portalUrl: z
    .string({ error: 'Portal address must be text' })
    .trim()
    .max(200, 'Portal address must be at most 200 characters')
    .regex(/^(https?:\/\/[^\s/]+)?$/, 'Portal address: write it like https://kruosar.example.org, without a path')
    .default(''),
});
export type SmtpSettingsInput = z.infer<typeof SmtpSettingsInput>;

export const SmtpSettings = z.object({
  host: z.string(),
  port: z.number().int(),
  security: z.enum(smtpSecurities),
  sender: z.string(),
  portalUrl: z.string(),
  updatedAt: z.string(),
});
export type SmtpSettings = z.infer<typeof SmtpSettings>;

export const EmailPreferencesInput = z.object({
  email: emailField('Email address'),
  dailyDigest: z.boolean({ error: 'Daily digest: answer yes or no' }),
});
export type EmailPreferencesInput = z.infer<typeof EmailPreferencesInput>;

/** Each My work list shows at most this many, soonest first, with the full count beside it. */
export const MY_WORK_LIMIT = 10;

const section = <T extends z.ZodTypeAny>(item: T) => z.object({ total: z.number().int(), items: z.array(item) });
const caseItem = { caseId: z.string(), reference: z.string(), childName: z.string().nullable() };
const risk = z.enum(riskLevels);

/** Everything waiting for one person, each item with where to act. */
export const MyWork = z.object({
  generatedAt: z.string(),
  today: z.string(),
  /** Approvers see what waits for their decision; others see what they submitted. */
  approver: z.boolean(),
  firstContacts: section(z.object({ ...caseItem, riskLevel: risk, firstContactDueAt: z.string() })),
  returned: section(z.object({ ...caseItem, kind: z.enum(['assessment', 'case_plan']), id: z.string(), returnReason: z.string().nullable(), decidedAt: z.string().nullable() })),
  awaitingApproval: section(z.object({ ...caseItem, kind: z.enum(['assessment', 'case_plan', 'closure']), id: z.string(), submittedAt: z.string(), submittedByName: z.string().nullable() })),
  visits: z.object({
    overdue: z.number().int(),
    dueSoon: z.number().int(),
    items: z.array(z.object({ ...caseItem, id: z.string(), dueDate: z.string(), overdue: z.boolean() })),
  }),
  planActions: section(z.object({ ...caseItem, planId: z.string(), description: z.string(), dueDate: z.string(), overdue: z.boolean() })),
  planReviews: section(z.object({ ...caseItem, planId: z.string(), reviewDate: z.string(), overdue: z.boolean() })),
  referrals: section(z.object({ ...caseItem, id: z.string(), fromName: z.string().nullable(), reason: z.string(), referredOn: z.string() })),
  hiveNeeds: section(z.object({ id: z.string(), communeCode: z.string(), category: z.string(), urgency: z.string(), reportedAt: z.string() })),
});
export type MyWork = z.infer<typeof MyWork>;
