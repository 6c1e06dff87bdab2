// Services delivered to a child or family (docs/DESIGN.md §4): what, when, by whom, with what outcome.
import { z } from 'zod';
import { isRealDate } from '../case-workflow/calendar';
import { caseRecordShape, choiceField, dateField, optionalField, requiredField } from '../case-workflow/fields';

export const serviceTypes = [
  'family_tracing', 'family_reunification', 'kinship_care_support', 'foster_care_support', 'crisis_intervention',
  'medical_outreach', 'counselling', 'income_generation', 'community_centre', 'education_support', 'legal_support',
  'referral', 'other',
] as const;
export type ServiceType = (typeof serviceTypes)[number];

/** Outcomes as a list, so M&E can count them; the notes say the rest. */
export const serviceOutcomes = ['completed', 'ongoing', 'partly_completed', 'not_delivered'] as const;
export type ServiceOutcome = (typeof serviceOutcomes)[number];

const serviceShape = z.object({
  type: choiceField('Service type', serviceTypes),
  /** What "other" was; empty for listed types. */
  typeOther: optionalField('Service type (other)', 200),
  deliveredOn: dateField('Service date'),
  provider: requiredField('Service provider', 200),
  outcome: choiceField('Service outcome', serviceOutcomes),
  notes: optionalField('Service notes', 4000),
});

export const ServiceInput = serviceShape.superRefine((v, ctx) => {
  if (v.type === 'other' && v.typeOther === '') {
    ctx.addIssue({ code: 'custom', path: ['typeOther'], message: 'Service type (other): say what the service was' });
  }
});
export type ServiceInput = z.infer<typeof ServiceInput>;

export const Service = serviceShape.extend(caseRecordShape);
export type Service = z.infer<typeof Service>;

/** A service is recorded once it has happened: its date may not be after today. */
export function isDeliveredByToday(service: { deliveredOn: string }, today: string): boolean {
  return isRealDate(service.deliveredOn) && service.deliveredOn <= today;
}
