// The child's views, asked at assessment, at placement decisions and at closure as at the case plan: the child's
// own words, or why they could not be asked. A "could not be asked" is acknowledged by a supervisor.
import { z } from 'zod';
import { choiceField, idField, optionalField } from '../case-workflow/fields';

export const childVoiceOccasions = ['assessment', 'placement', 'closure'] as const;
export type ChildVoiceOccasion = (typeof childVoiceOccasions)[number];

/** Why the child could not be asked; anything else is "other" with a note. */
export const childNotAskedReasons = ['too_young', 'unwell', 'not_available', 'other'] as const;
export type ChildNotAskedReason = (typeof childNotAskedReasons)[number];

const voiceShape = z.object({
  caseId: idField('Case'),
  occasion: choiceField('Occasion', childVoiceOccasions),
  /** The assessment, placement or closure the views belong to. */
  recordId: idField('Record'),
  views: optionalField("Child's views", 4000),
  notAskedReason: choiceField("Reason the child could not be asked", childNotAskedReasons).nullable().default(null),
  notAskedNote: optionalField('Note on why the child could not be asked', 1000),
});
type VoiceShape = z.infer<typeof voiceShape>;

/** The same rule as the case plan's: the views or a reason, never both; "other" says why. */
export function checkChildVoice(v: Pick<VoiceShape, 'views' | 'notAskedReason' | 'notAskedNote'>, ctx: z.RefinementCtx): void {
  const hasViews = v.views !== '';
  if (hasViews && v.notAskedReason !== null) {
    ctx.addIssue({ code: 'custom', path: ['notAskedReason'], message: "Reason the child could not be asked: leave it empty when the child's views are recorded" });
  }
  if (!hasViews && v.notAskedReason === null) {
    ctx.addIssue({ code: 'custom', path: ['views'], message: "Child's views: record the child's own words, or choose why the child could not be asked" });
  }
  if (!hasViews && v.notAskedReason === 'other' && v.notAskedNote === '') {
    ctx.addIssue({ code: 'custom', path: ['notAskedNote'], message: 'Note on why the child could not be asked: say why, since the reason is other' });
  }
}

export const ChildVoiceInput = voiceShape.superRefine(checkChildVoice);
export type ChildVoiceInput = z.infer<typeof ChildVoiceInput>;

export const ChildVoice = voiceShape.extend({
  id: z.string(),
  recordedById: z.string(),
  recordedByName: z.string().nullable(),
  recordedAt: z.string(),
  /** The supervisor who acknowledged a "could not be asked"; null until then (and always for views given). */
  reviewedById: z.string().nullable(),
  reviewedByName: z.string().nullable(),
  reviewedAt: z.string().nullable(),
});
export type ChildVoice = z.infer<typeof ChildVoice>;

/** A "could not be asked" waiting for a supervisor, as the inbox lists it. */
export const ChildVoiceToReview = z.object({
  id: z.string(),
  caseId: z.string(),
  reference: z.string(),
  occasion: z.enum(childVoiceOccasions),
  notAskedReason: z.enum(childNotAskedReasons),
  notAskedNote: z.string(),
  recordedByName: z.string().nullable(),
  recordedAt: z.string(),
});
export type ChildVoiceToReview = z.infer<typeof ChildVoiceToReview>;

/** Only a "could not be asked" needs a supervisor's look, and only once. */
export function needsVoiceReview(v: { notAskedReason: ChildNotAskedReason | null; reviewedAt: string | null }): boolean {
  return v.notAskedReason !== null && v.reviewedAt === null;
}
