// Health checks at outreach days (mobile clinic sessions): weight and height per child, checked for plausibility,
// a growth indication, and a referral to a health centre whose outcome is recorded later. Pure rules, no I/O.
//
// The growth indication is a screening flag, not a diagnosis, and not a WHO z-score: participants are registered
// with a year of birth only, so their age is known to within a year, and no WHO reference table is embedded here.
// The rules (also in docs/health-checks.md):
// - weight_loss: weight down by 5% or more since the child's previous check -> concern;
// - low_bmi: from an estimated age of 5, a BMI under 13 kg/m2 -> concern;
// - no_gain: a child (estimated age under 18) weighs no more than at a check 90 days or more before -> watch;
// - high_bmi: from an estimated age of 5, a BMI over 25 kg/m2 -> watch.
// The BMI thresholds are deliberately wide so that a flag is worth a nurse's second look at any age from 5 to 17.
import { z } from 'zod';
import { khmerToAsciiDigits } from '../common/khmer-digits';
import { PageInput, Version, pageOf } from '../common/schemas';
import { choiceField, dateField, idField, optionalField, requiredField, wholeNumberField } from '../case-workflow/fields';
import { daysBetween } from '../case-workflow/calendar';
import { DomainError } from '../errors';
import { ParticipantSummary, ProgrammeSession, programmeKinds } from './schemas';

export const WEIGHT_KG = { min: 1.5, max: 150 } as const;
export const HEIGHT_CM = { min: 45, max: 200 } as const;
/** A BMI outside this range is a mis-typed weight or height (kg for g, cm for m), never a child. */
export const BMI_PLAUSIBLE = { min: 9, max: 45 } as const;
/** A child does not shrink by more than this between two checks: more is a measuring or typing mistake. */
export const HEIGHT_SHRINK_CM = 3;
/** Nor does their weight change by more than this share between two checks within a year. */
export const WEIGHT_JUMP = 0.4;
export const WEIGHT_LOSS_SHARE = 0.05;
export const NO_GAIN_DAYS = 90;
export const LOW_BMI = 13;
export const HIGH_BMI = 25;
/** BMI thresholds apply from this estimated age; below it BMI norms change too fast with age. */
export const BMI_FROM_AGE = 5;
export const ADULT_AGE = 18;

export const growthFlags = ['weight_loss', 'low_bmi', 'no_gain', 'high_bmi'] as const;
export type GrowthFlag = (typeof growthFlags)[number];
export const growthIndications = ['ok', 'watch', 'concern'] as const;
export type GrowthIndication = (typeof growthIndications)[number];
export const healthReferralStatuses = ['referred', 'attended', 'not_attended'] as const;
export type HealthReferralStatus = (typeof healthReferralStatuses)[number];
export const referralOutcomes = ['attended', 'not_attended'] as const;

/** A measurement typed on a tablet: Khmer digits and a decimal comma accepted, one decimal kept. */
const measurement = (field: string) =>
  z.preprocess(
    (v) => (typeof v === 'string' && v.trim() !== '' ? Number(khmerToAsciiDigits(v.trim()).replace(',', '.')) : v),
    z.number({ error: `${field} must be a number` }).finite(`${field} must be a number`).positive(`${field} must be more than 0`),
  );

export const HealthReferralInput = z.object({
  healthCentre: requiredField('Health centre', 120),
  reason: optionalField('Reason for referral', 500),
});
export type HealthReferralInput = z.infer<typeof HealthReferralInput>;

export const HealthCheckInput = z.object({
  sessionId: idField('Session'),
  participantId: idField('Participant'),
  /** Null for a first check of this child at this session; the check's version to change it. */
  expectedVersion: Version.nullable().default(null),
  weightKg: measurement('Weight (kg)'),
  heightCm: measurement('Height (cm)'),
  referral: HealthReferralInput.nullable().default(null),
});
export type HealthCheckInput = z.infer<typeof HealthCheckInput>;

export const HealthReferral = z.object({
  healthCentre: z.string(),
  reason: z.string(),
  status: z.enum(healthReferralStatuses),
  outcomeOn: z.string().nullable(),
  note: z.string(),
});
export type HealthReferral = z.infer<typeof HealthReferral>;

export const HealthCheck = z.object({
  id: z.string(),
  sessionId: z.string(),
  participantId: z.string(),
  weightKg: z.number(),
  heightCm: z.number(),
  bmi: z.number(),
  indication: z.enum(growthIndications),
  flags: z.array(z.enum(growthFlags)),
  referral: HealthReferral.nullable(),
  version: Version,
});
export type HealthCheck = z.infer<typeof HealthCheck>;

/** An earlier check of the same child, for the trend rules and to show beside the new one. */
export const PreviousCheck = z.object({ heldOn: z.string(), weightKg: z.number(), heightCm: z.number() });
export type PreviousCheck = z.infer<typeof PreviousCheck>;

export const HealthChecksView = z.object({
  session: ProgrammeSession,
  programmeName: z.string(),
  programmeKind: z.enum(programmeKinds),
  children: z.array(z.object({ participant: ParticipantSummary, check: HealthCheck.nullable(), previous: PreviousCheck.nullable() })),
});
export type HealthChecksView = z.infer<typeof HealthChecksView>;

export const ReferralOutcomeInput = z.object({
  healthCheckId: idField('Health check'),
  expectedVersion: Version,
  outcome: choiceField('Outcome', referralOutcomes),
  outcomeOn: dateField('Date'),
  note: optionalField('Note', 1000),
});
export type ReferralOutcomeInput = z.infer<typeof ReferralOutcomeInput>;

export const ReferralListInput = PageInput.extend({ status: z.enum(['open', 'all']).default('open') });
export type ReferralListInput = z.infer<typeof ReferralListInput>;

export const HealthReferralItem = z.object({
  healthCheckId: z.string(),
  version: Version,
  participantCode: z.string(),
  name: z.string().nullable(),
  nameKm: z.string().nullable(),
  programmeName: z.string(),
  siteName: z.string(),
  sessionId: z.string(),
  referredOn: z.string(),
  indication: z.enum(growthIndications),
  referral: HealthReferral,
});
export type HealthReferralItem = z.infer<typeof HealthReferralItem>;
export const HealthReferralPage = pageOf(HealthReferralItem);

export const HealthReportInput = z.object({ year: wholeNumberField('Year', 2000, 2100) });
export type HealthReportInput = z.infer<typeof HealthReportInput>;
/** Per site and quarter: checks, children checked, flags and referral outcomes. Counts only, no names. */
export const HealthReport = z.object({
  year: z.number().int(),
  rows: z.array(
    z.object({
      programmeId: z.string(),
      programmeName: z.string(),
      siteId: z.string(),
      siteName: z.string(),
      quarter: z.number().int().min(1).max(4),
      checks: z.number().int(),
      children: z.number().int(),
      watch: z.number().int(),
      concern: z.number().int(),
      referred: z.number().int(),
      attended: z.number().int(),
      notAttended: z.number().int(),
      pending: z.number().int(),
    }),
  ),
});
export type HealthReport = z.infer<typeof HealthReport>;

// ---- Rules ----------------------------------------------------------------------------------------------------

/** Body mass index, kg/m2, to one decimal. */
export function bmiOf(weightKg: number, heightCm: number): number {
  const m = heightCm / 100;
  return Math.round((weightKg / (m * m)) * 10) / 10;
}

/** A measurement as kept: one decimal. */
export const roundMeasure = (v: number) => Math.round(v * 10) / 10;

/** The age a participant reaches in the year of the check: their birth year is all that is known. */
export const estimatedAge = (birthYear: number, on: string) => Number(on.slice(0, 4)) - birthYear;

/**
 * Why a weight and height cannot be right, as an error naming its field, or null. Compared with the child's previous
 * check (an earlier date) when there is one: a child who shrank or whose weight jumped was measured or typed wrong.
 */
export function healthCheckProblem(m: { weightKg: number; heightCm: number; on: string }, previous: PreviousCheck | null): DomainError | null {
  const { weightKg, heightCm } = m;
  if (weightKg < WEIGHT_KG.min || weightKg > WEIGHT_KG.max) {
    return new DomainError('INVALID', 'errors.weightImplausible', `Weight: ${weightKg} kg is not a child's weight (${WEIGHT_KG.min} to ${WEIGHT_KG.max} kg)`, 'weightKg');
  }
  if (heightCm < HEIGHT_CM.min || heightCm > HEIGHT_CM.max) {
    return new DomainError('INVALID', 'errors.heightImplausible', `Height: ${heightCm} cm is not a child's height (${HEIGHT_CM.min} to ${HEIGHT_CM.max} cm)`, 'heightCm');
  }
  const bmi = bmiOf(weightKg, heightCm);
  if (bmi < BMI_PLAUSIBLE.min || bmi > BMI_PLAUSIBLE.max) {
    return new DomainError('INVALID', 'errors.bodyImplausible', `${weightKg} kg at ${heightCm} cm cannot both be right: measure again`, 'weightKg');
  }
  if (previous && previous.heldOn < m.on) {
    if (previous.heightCm - heightCm > HEIGHT_SHRINK_CM) {
      return new DomainError('INVALID', 'errors.heightShrank', `Height: ${heightCm} cm is more than ${HEIGHT_SHRINK_CM} cm less than at the last check (${previous.heightCm} cm): measure again`, 'heightCm');
    }
    if (daysBetween(previous.heldOn, m.on) <= 365 && Math.abs(weightKg - previous.weightKg) / previous.weightKg > WEIGHT_JUMP) {
      return new DomainError('INVALID', 'errors.weightJump', `Weight: ${weightKg} kg is too far from the last check (${previous.weightKg} kg): weigh again`, 'weightKg');
    }
  }
  return null;
}

/** The growth flags and indication of one check (see the rules at the top of this file). */
export function growthIndication(m: { weightKg: number; heightCm: number; on: string; birthYear: number }, previous: PreviousCheck | null): { bmi: number; flags: GrowthFlag[]; indication: GrowthIndication } {
  const bmi = bmiOf(m.weightKg, m.heightCm);
  const age = estimatedAge(m.birthYear, m.on);
  const flags: GrowthFlag[] = [];
  const earlier = previous && previous.heldOn < m.on ? previous : null;
  if (earlier && (earlier.weightKg - m.weightKg) / earlier.weightKg >= WEIGHT_LOSS_SHARE) flags.push('weight_loss');
  if (age >= BMI_FROM_AGE && bmi < LOW_BMI) flags.push('low_bmi');
  if (earlier && age < ADULT_AGE && daysBetween(earlier.heldOn, m.on) >= NO_GAIN_DAYS && m.weightKg <= earlier.weightKg && !flags.includes('weight_loss')) flags.push('no_gain');
  if (age >= BMI_FROM_AGE && bmi > HIGH_BMI) flags.push('high_bmi');
  const indication: GrowthIndication = flags.some((f) => f === 'weight_loss' || f === 'low_bmi') ? 'concern' : flags.length > 0 ? 'watch' : 'ok';
  return { bmi, flags, indication };
}

/** A referral's outcome is dated between the referral and today. */
export function referralOutcomeProblem(outcomeOn: string, referredOn: string, today: string): DomainError | null {
  if (outcomeOn < referredOn || outcomeOn > today) {
    return new DomainError('INVALID', 'errors.referralOutcomeDate', `Date: the outcome is dated between the referral (${referredOn}) and today`, 'outcomeOn');
  }
  return null;
}
