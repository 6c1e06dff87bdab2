// The intake form's values: the domain's CaseIntakeInput plus who gets the case and, for a hive need, the message back.
import type { DefaultValues } from 'react-hook-form';
import { z } from 'zod';
import { CaseIntakeInput, MessageToVolunteer, type NeedCasePrefill } from '@kruosar/domain';
import type { StaffInputs } from '../case-page/case-types';

/** Radix Select items cannot be empty: this stands for "nobody chosen" (a caseworker always gets their own). */
export const NOBODY = 'nobody';

export const IntakeFormSchema = CaseIntakeInput.extend({
  assignTo: z.string().default(NOBODY),
  /** Only asked when the case comes from a hive need; the volunteer reads it. */
  messageToVolunteer: MessageToVolunteer.optional(),
});
export type IntakeFormInput = z.input<typeof IntakeFormSchema>;
export type IntakeFormValues = z.output<typeof IntakeFormSchema>;

/** The message to the volunteer an intake from a hive need starts with: the one typed at triage, else the default. */
export function startingMessage(typedAtTriage: string, defaultText: string): string {
  return typedAtTriage.trim() || defaultText;
}

/** Choices left unanswered (sex, school, risk...) stay unset, so nothing is recorded that nobody chose. */
export function blankIntake(prefill: NeedCasePrefill | null, messageToVolunteer: string | null): DefaultValues<IntakeFormInput> {
  return {
    child: {
      givenNameKm: '',
      familyNameKm: '',
      givenNameLatin: '',
      familyNameLatin: '',
      dateOfBirth: '',
      dateOfBirthEstimated: false,
      disability: 'none',
      photoConsent: false,
      notes: '',
    },
    household: { villageCode: prefill?.villageCode ?? '', incomeSources: [], address: '', members: [] },
    source: prefill?.source ?? 'intake',
    riskLevel: prefill?.riskLevel,
    protectionConcerns: [],
    summary: prefill?.summary ?? '',
    duplicatesReviewed: false,
    assignTo: NOBODY,
    messageToVolunteer: messageToVolunteer ?? undefined,
  };
}

export type RegisterInput = StaffInputs['cases']['register'];
export type DuplicateCheckInput = StaffInputs['cases']['checkDuplicates'];

export function toDuplicateCheck(values: IntakeFormValues): DuplicateCheckInput {
  const { givenNameKm, familyNameKm, givenNameLatin, familyNameLatin, sex, dateOfBirth, dateOfBirthEstimated } = values.child;
  return { child: { givenNameKm, familyNameKm, givenNameLatin, familyNameLatin, sex, dateOfBirth, dateOfBirthEstimated }, villageCode: values.household.villageCode };
}

export function toRegisterInput(values: IntakeFormValues, duplicatesReviewed: boolean, existingHouseholdId: string | null = null): RegisterInput {
  const { assignTo, messageToVolunteer: _message, ...intake } = values;
  return { ...intake, duplicatesReviewed, assignedToId: assignTo === NOBODY ? null : assignTo, existingHouseholdId };
}
