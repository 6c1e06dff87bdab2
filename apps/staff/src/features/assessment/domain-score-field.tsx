// One CSI domain on the assessment form: its score from 1 to 4 as radio buttons, and the reason for it.
import { Card, Flex, Heading, RadioGroup, Text, TextArea } from '@radix-ui/themes';
import { Controller, type Control, type FieldErrors, type UseFormRegister } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { CsiDomain } from '@kruosar/domain';
import { describedBy, FieldMessage } from '../case-workflow/form-fields';
import type { AssessmentFormValues } from './assessment-form';

const scores = ['1', '2', '3', '4'] as const;

type Props = {
  domain: CsiDomain;
  control: Control<AssessmentFormValues>;
  register: UseFormRegister<AssessmentFormValues>;
  errors: FieldErrors<AssessmentFormValues>;
};

export function DomainScoreField({ domain, control, register, errors }: Props) {
  const { t } = useTranslation(['staff', 'values']);
  const id = `assessment-${domain}`;
  const scoreError = errors.scores?.[domain]?.score;
  const reasonError = errors.scores?.[domain]?.reason;
  const name = t(`values:csiDomain.${domain}`);
  return (
    <Card size="2" data-testid={`domain-${domain}`}>
      <Flex direction="column" gap="3">
        <Heading as="h5" size="3" id={`${id}-name`}>
          {name}
        </Heading>
        <Controller
          control={control}
          name={`scores.${domain}.score`}
          render={({ field }) => (
            <RadioGroup.Root
              name={field.name}
              value={field.value === undefined || field.value === null || field.value === '' ? '' : String(field.value)}
              onValueChange={(v) => field.onChange(Number(v))}
              onBlur={field.onBlur}
              aria-labelledby={`${id}-name`}
              aria-describedby={describedBy(`${id}-score`, scoreError)}
              aria-invalid={scoreError ? true : undefined}
              ref={field.ref}
            >
              <Flex gap="4" wrap="wrap">
                {scores.map((s) => (
                  <RadioGroup.Item key={s} value={s}>
                    {t(`assessment.score.${s}`)}
                  </RadioGroup.Item>
                ))}
              </Flex>
            </RadioGroup.Root>
          )}
        />
        <FieldMessage id={`${id}-score`} error={scoreError} choice />
        <Flex direction="column" gap="1">
          <Text as="label" htmlFor={`${id}-reason`} size="2" weight="bold">
            {t('assessment.reason')}
            <span className="kr-visually-hidden"> {t('assessment.reasonFor', { domain: name })}</span>
          </Text>
          <TextArea
            id={`${id}-reason`}
            rows={2}
            resize="vertical"
            aria-invalid={reasonError ? true : undefined}
            aria-describedby={describedBy(`${id}-reason`, reasonError)}
            {...register(`scores.${domain}.reason`)}
          />
          <FieldMessage id={`${id}-reason`} error={reasonError} />
        </Flex>
      </Flex>
    </Card>
  );
}
