// Feedback and complaints from children and families: recorded by staff (phone, in person) or sent from the hive
// form, each answered and tracked to closure. Complaints about staff go to safeguarding leads only.
import { z } from 'zod';
import { choiceField, dateField, idField, optionalField, requiredField } from '../case-workflow/fields';
import { Version } from '../common/schemas';

export const feedbackKinds = ['feedback', 'complaint', 'complaint_about_staff'] as const;
export type FeedbackKind = (typeof feedbackKinds)[number];

/** How it reached Kruosar. */
export const feedbackChannels = ['phone', 'in_person', 'hive_form'] as const;
export type FeedbackChannel = (typeof feedbackChannels)[number];
export const staffFeedbackChannels = ['phone', 'in_person'] as const;

export const feedbackStatuses = ['received', 'answered', 'closed'] as const;
export type FeedbackStatus = (typeof feedbackStatuses)[number];

/** Who is speaking. */
export const feedbackFroms = ['child', 'family_member', 'other'] as const;
export type FeedbackFrom = (typeof feedbackFroms)[number];

/** How the answer reaches them. Contact details are kept only with their consent. */
export const answerWays = ['through_volunteer', 'visit', 'phone'] as const;
export type AnswerWay = (typeof answerWays)[number];

const contentShape = z.object({
  kind: choiceField('Kind', feedbackKinds),
  from: choiceField('Who is speaking', feedbackFroms),
  /** What they said, in their own words. */
  words: requiredField('What they said', 4000),
  /** Who or what it is about (a person, a service, a place). */
  concerns: optionalField('Who it concerns', 500),
  answerWay: choiceField('How to answer', answerWays),
  contactConsent: z.boolean({ error: 'Consent to keep contact details: answer yes or no' }).default(false),
  contact: optionalField('Contact details', 200),
});
type ContentShape = z.infer<typeof contentShape>;

function checkContent(v: ContentShape, ctx: z.RefinementCtx): void {
  if (v.contact !== '' && !v.contactConsent) {
    ctx.addIssue({ code: 'custom', path: ['contact'], message: 'Contact details: keep them only when the person agrees' });
  }
  if (v.answerWay === 'phone' && (v.contact === '' || !v.contactConsent)) {
    ctx.addIssue({ code: 'custom', path: ['contact'], message: 'Contact details: an answer by phone needs a phone number given with consent' });
  }
  if (v.kind === 'complaint_about_staff' && v.concerns === '') {
    ctx.addIssue({ code: 'custom', path: ['concerns'], message: 'Who it concerns: say which member of staff or volunteer the complaint is about' });
  }
}

/** Recorded by staff or a volunteer for a child or family, by phone or in person. */
export const FeedbackInput = contentShape
  .extend({
    channel: choiceField('How it was received', staffFeedbackChannels),
    receivedOn: dateField('Date received'),
  })
  .superRefine(checkContent);
export type FeedbackInput = z.infer<typeof FeedbackInput>;

/** Sent from the hive form; the phone makes the id so a resend after a lost answer is stored once. */
export const HiveFeedbackInput = contentShape
  .extend({
    id: z.string().uuid('Feedback id: not a valid id'),
  })
  .superRefine(checkContent);
export type HiveFeedbackInput = z.infer<typeof HiveFeedbackInput>;

export const FeedbackAnswerInput = z.object({
  id: idField('Feedback'),
  expectedVersion: Version,
  answer: requiredField('Answer', 4000),
  answeredOn: dateField('Date answered'),
});
export type FeedbackAnswerInput = z.infer<typeof FeedbackAnswerInput>;

export const FeedbackCloseInput = z.object({ id: idField('Feedback'), expectedVersion: Version });
export type FeedbackCloseInput = z.infer<typeof FeedbackCloseInput>;

export const FeedbackListInput = z.object({ status: z.enum(feedbackStatuses).nullable().default(null) });
export type FeedbackListInput = z.infer<typeof FeedbackListInput>;

export const FeedbackItem = contentShape.extend({
  id: z.string(),
  version: Version,
  channel: z.enum(feedbackChannels),
  receivedOn: z.string(),
  communeCode: z.string().nullable(),
  recordedByName: z.string().nullable(),
  status: z.enum(feedbackStatuses),
  answer: z.string(),
  answeredOn: z.string().nullable(),
  answeredByName: z.string().nullable(),
  closedOn: z.string().nullable(),
  /** Not answered within FEEDBACK_ANSWER_DAYS. */
  overdue: z.boolean(),
});
export type FeedbackItem = z.infer<typeof FeedbackItem>;

/** What the volunteer's phone is told back: stored (or already stored) and its status. */
export const HiveFeedbackReceipt = z.object({ id: z.string(), status: z.enum(feedbackStatuses), alreadyReceived: z.boolean() });
export type HiveFeedbackReceipt = z.infer<typeof HiveFeedbackReceipt>;

/** My work: what waits for the signed-in person about children's voices. */
export const VoiceWork = z.object({
  overdueFeedback: z.array(z.object({ id: z.string(), kind: z.enum(feedbackKinds), receivedOn: z.string() })),
  voicesToReview: z.number().int(),
});
export type VoiceWork = z.infer<typeof VoiceWork>;
