// Stories: staff write and review them (staff portal); supporters read the published ones whose consent holds.
import { z } from 'zod';
import { ApprovalDecisionInput, dateField, idField, locales, ProvinceCode, recordRoles, requiredField, storyHitKinds, Version, type Role } from '@kruosar/domain';
import {
  checkStory,
  overruleStoryFinding,
  createStory,
  findStory,
  listPublishedStories,
  listStories,
  publishStory,
  reviewStory,
  storyStatuses,
  submitStoryForReview,
  updateStory,
  withdrawStoryConsent,
} from '@kruosar/db';
import { procedureFor, publicProcedure, router } from '../trpc';
import { workOf } from './case-work';

/**
 * What staff write. Strict: there is no photo field, and anything not listed here (a photo, a village, a name) is
 * refused rather than dropped, so nobody believes it was saved. The place is a province or nothing.
 */
export const StoryInput = z.strictObject({
  locale: z.enum(locales),
  title: requiredField('Title', 200),
  pseudonym: requiredField('Pseudonym', 60),
  provinceCode: ProvinceCode.nullable(),
  body: requiredField('Story', 10_000),
  guardianConsentOn: dateField("Guardian's consent date"),
  childConsentOn: dateField("Child's consent date"),
  consentExpiresOn: dateField('Consent expiry date'),
});

const StoryVersion = z.object({
  id: z.string(),
  number: z.number().int(),
  locale: z.enum(locales),
  title: z.string(),
  pseudonym: z.string(),
  provinceCode: z.string().nullable(),
  body: z.string(),
  editedBy: z.string(),
  editedByName: z.string(),
  createdAt: z.string(),
});
export const StoryView = z.object({
  id: z.string(),
  status: z.enum(storyStatuses),
  version: Version,
  authorId: z.string(),
  authorName: z.string(),
  current: StoryVersion,
  guardianConsentOn: z.string(),
  childConsentOn: z.string(),
  consentExpiresOn: z.string(),
  consentExpired: z.boolean(),
  consentWithdrawnAt: z.string().nullable(),
  submittedAt: z.string().nullable(),
  reviewedBy: z.string().nullable(),
  reviewedAt: z.string().nullable(),
  reviewedVersionNumber: z.number().int().nullable(),
  returnReason: z.string().nullable(),
  publishedAt: z.string().nullable(),
  live: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export const StoryDetail = StoryView.extend({ versions: z.array(StoryVersion) });
/** What the public sees: the reviewed text under its pseudonym, and a province at most. */
export const PublishedStory = z.object({
  id: z.string(),
  locale: z.enum(locales),
  title: z.string(),
  pseudonym: z.string(),
  provinceCode: z.string().nullable(),
  provinceNameKm: z.string().nullable(),
  provinceNameLatin: z.string().nullable(),
  body: z.string(),
  publishedAt: z.string(),
});

const STAFF: Role[] = ['admin', 'supervisor', 'caseworker', 'analyst'];
const WRITERS: Role[] = ['admin', 'supervisor', 'caseworker'];
const REVIEWERS: Role[] = ['admin', 'supervisor', 'analyst'];
const StoryRef = z.object({ id: idField('Story') });

/** One automatic finding: what kind, the words in the story, whose name it looks like (never whose it is). */
const StoryFinding = z.object({
  kind: z.enum(storyHitKinds),
  text: z.string(),
  role: z.enum(recordRoles).optional(),
  key: z.string(),
  overrule: z.object({ reason: z.string(), byName: z.string(), at: z.string() }).nullable(),
});
const StoryCheck = z.object({ storyId: z.string(), versionId: z.string(), findings: z.array(StoryFinding), open: z.number().int() });
const StoryStep = StoryRef.extend({ expectedVersion: Version });

export const storiesRouter = router({
  list: procedureFor(...STAFF).input(z.void()).output(z.array(StoryView)).query(({ ctx }) => listStories(ctx.db, workOf(ctx))),
  byId: procedureFor(...STAFF).input(StoryRef).output(StoryDetail).query(({ ctx, input }) => findStory(ctx.db, workOf(ctx), input.id)),
  create: procedureFor(...WRITERS).input(StoryInput).output(StoryDetail).mutation(({ ctx, input }) => createStory(ctx.db, workOf(ctx), input)),
  update: procedureFor(...WRITERS)
    .input(StoryStep.extend({ input: StoryInput }))
    .output(StoryDetail)
    .mutation(({ ctx, input }) => updateStory(ctx.db, workOf(ctx), input)),
  submitForReview: procedureFor(...WRITERS).input(StoryStep).output(StoryDetail).mutation(({ ctx, input }) => submitStoryForReview(ctx.db, workOf(ctx), input)),
  review: procedureFor(...REVIEWERS)
    .input(StoryStep.and(ApprovalDecisionInput))
    .output(StoryDetail)
    .mutation(({ ctx, input: { id, expectedVersion, ...decision } }) => reviewStory(ctx.db, workOf(ctx), { id, expectedVersion, decision })),
  publish: procedureFor(...REVIEWERS).input(StoryStep).output(StoryDetail).mutation(({ ctx, input }) => publishStory(ctx.db, workOf(ctx), input)),
  /** The automatic checks of the current version against the records (names, places, references, dates, phones). */
  checks: procedureFor(...STAFF).input(StoryRef).output(StoryCheck).query(({ ctx, input }) => checkStory(ctx.db, input.id)),
  /** A reviewer lets one finding stay, with a reason (audited); the author cannot. */
  overruleFinding: procedureFor(...REVIEWERS)
    .input(z.object({ storyId: idField('Story'), findingKey: requiredField('Finding', 500), reason: requiredField('Reason', 1000) }))
    .output(StoryCheck)
    .mutation(({ ctx, input }) => overruleStoryFinding(ctx.db, workOf(ctx), input)),
  /** Any member of staff who hears consent is withdrawn takes the story down at once. */
  withdrawConsent: procedureFor(...STAFF).input(StoryRef).output(StoryDetail).mutation(({ ctx, input }) => withdrawStoryConsent(ctx.db, workOf(ctx), input)),
});

export const publicStoriesRouter = router({
  published: publicProcedure.input(z.void()).output(z.array(PublishedStory)).query(({ ctx }) => listPublishedStories(ctx.db, { now: ctx.clock.now() })),
});
