// The child's part of the intake form and of the child edit form: names in both scripts, birth, school, consent.
import { Flex, Grid, RadioGroup, Text, TextField } from '@radix-ui/themes';
import { useId, useState } from 'react';
import { useFormContext, useWatch, get, type FieldError as FormFieldError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ageOn, birthRegistrations, disabilities, hasOtherScript, schoolStatuses, sexes, type NameFieldScript } from '@kruosar/domain';
import { FieldError, formatDate, useLocale } from '@kruosar/ui';
import { estimatedBirthDate, todayLocal } from './birth-date';
import { ChoiceRadios, ChoiceSelect, Fieldset, SERVER_ERROR, TextInput, YesNo, errorForEmpty } from './form-fields';

export function ChildFields() {
  const { t } = useTranslation(['staff', 'values']);
  return (
    <Flex direction="column" gap="4">
      <Grid columns={{ initial: '1', sm: '2' }} gap="4">
        <NameInput name="child.familyNameKm" label={t('intake.child.familyNameKm')} script="km" />
        <NameInput name="child.givenNameKm" label={t('intake.child.givenNameKm')} script="km" />
        <NameInput name="child.familyNameLatin" label={t('intake.child.familyNameLatin')} script="latin" />
        <NameInput name="child.givenNameLatin" label={t('intake.child.givenNameLatin')} script="latin" />
      </Grid>
      <ChoiceRadios name="child.sex" label={t('intake.child.sex')} choices={sexes.map((v) => ({ value: v, label: t(`values:sex.${v}`) }))} />
      <BirthFields />
      <Grid columns={{ initial: '1', sm: '2' }} gap="4">
        <ChoiceSelect
          name="child.disability"
          label={t('intake.child.disability')}
          placeholder={t('intake.choose')}
          choices={disabilities.map((v) => ({ value: v, label: t(`values:disability.${v}`) }))}
        />
        <ChoiceSelect
          name="child.schoolStatus"
          label={t('intake.child.schoolStatus')}
          placeholder={t('intake.choose')}
          choices={schoolStatuses.map((v) => ({ value: v, label: t(`values:schoolStatus.${v}`) }))}
        />
      </Grid>
      <ChoiceRadios
        name="child.birthRegistration"
        label={t('intake.child.birthRegistration')}
        choices={birthRegistrations.map((v) => ({ value: v, label: t(`values:birthRegistration.${v}`) }))}
      />
      <YesNo name="child.photoConsent" label={t('intake.child.photoConsent')} hint={t('intake.child.photoConsentHint')} />
    </Flex>
  );
}

/** A name field for one script that warns (and still saves) when letters of the other script are typed in it. */
function NameInput({ name, label, script }: { name: string; label: string; script: NameFieldScript }) {
  const { t } = useTranslation('staff');
  const { control } = useFormContext();
  const value = useWatch({ control, name }) as unknown;
  const mixed = typeof value === 'string' && hasOtherScript(value, script);
  return <TextInput name={name} label={label} lang={script === 'km' ? 'km' : undefined} warning={mixed ? t(`intake.child.otherScript.${script}`) : undefined} />;
}

/** Date of birth, or an estimated age that becomes one (marked estimated, so duplicate checks widen their window). */
function BirthFields() {
  const { t } = useTranslation('staff');
  const locale = useLocale();
  const { control, setValue, formState } = useFormContext();
  const estimated = useWatch({ control, name: 'child.dateOfBirthEstimated' }) === true;
  const dateOfBirth = useWatch({ control, name: 'child.dateOfBirth' }) as unknown;
  const [today] = useState(todayLocal);
  const [ageText, setAgeText] = useState(() =>
    estimated && typeof dateOfBirth === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(dateOfBirth) ? String(ageOn(dateOfBirth, today)) : '',
  );
  const id = useId();
  const error = errorForEmpty(get(formState.errors, 'child.dateOfBirth') as FormFieldError | undefined, estimated ? ageText : dateOfBirth, 'too_small');
  const modeLegendId = `${id}-mode`;

  const chooseMode = (mode: string) => {
    const toEstimated = mode === 'estimated';
    setValue('child.dateOfBirthEstimated', toEstimated, { shouldDirty: true });
    setValue('child.dateOfBirth', toEstimated ? (estimatedBirthDate(ageText, today) ?? '') : '', { shouldDirty: true });
  };
  const typeAge = (text: string) => {
    setAgeText(text);
    setValue('child.dateOfBirth', estimatedBirthDate(text, today) ?? '', { shouldDirty: true, shouldValidate: formState.isSubmitted });
  };
  const errorView = (
    <FieldError id={`${id}-error`} error={error?.type === SERVER_ERROR ? undefined : error} serverMessage={error?.type === SERVER_ERROR ? error.message : undefined} />
  );

  return (
    <Flex direction="column" gap="3">
      <Fieldset>
        <Text asChild size="2" weight="bold">
          <legend id={modeLegendId}>{t('intake.child.birth')}</legend>
        </Text>
        <RadioGroup.Root value={estimated ? 'estimated' : 'exact'} onValueChange={chooseMode} aria-labelledby={modeLegendId}>
          <Flex gap="4" wrap="wrap">
            <RadioGroup.Item value="exact">{t('intake.child.birthExact')}</RadioGroup.Item>
            <RadioGroup.Item value="estimated">{t('intake.child.birthEstimated')}</RadioGroup.Item>
          </Flex>
        </RadioGroup.Root>
      </Fieldset>
      {estimated ? (
        <Flex direction="column" gap="1" align="start">
          <Text as="label" htmlFor={`${id}-age`} size="2" weight="bold">
            {t('intake.child.estimatedAge')}
          </Text>
          <TextField.Root
            id={`${id}-age`}
            inputMode="numeric"
            autoComplete="off"
            value={ageText}
            onChange={(e) => typeAge(e.target.value)}
            aria-invalid={error ? true : undefined}
            aria-describedby={`${id}-age-hint${error ? ` ${id}-error` : ''}`}
            style={{ width: '8rem' }}
          />
          <Text as="p" id={`${id}-age-hint`} size="1" color="gray" style={{ margin: 0 }}>
            {typeof dateOfBirth === 'string' && dateOfBirth
              ? t('intake.child.estimatedAs', { date: formatDate(dateOfBirth, locale) })
              : t('intake.child.estimatedAgeHint')}
          </Text>
          {errorView}
        </Flex>
      ) : (
        <Flex direction="column" gap="1" align="start">
          <TextInput name="child.dateOfBirth" label={t('intake.child.dateOfBirth')} type="date" />
        </Flex>
      )}
    </Flex>
  );
}
