// The milestones staff judge (the counted ones come from the hive's own records): committee formed, the target of
// trained volunteers, the commune council's budget line, the referral pathway. Used to start a hive and to record.
import { Checkbox, Flex, Text, TextField } from '@radix-ui/themes';
import { useTranslation } from 'react-i18next';
import { FormField, controlProps, type Problems } from './form-field';

export type JudgementDraft = { committeeFormed: boolean; volunteersTarget: string; budgetLineAdopted: boolean; referralPathwayMapped: boolean };

const checks = ['committeeFormed', 'budgetLineAdopted', 'referralPathwayMapped'] as const;

export function JudgementFields({ idPrefix, draft, problems, onChange }: { idPrefix: string; draft: JudgementDraft; problems: Problems; onChange: (change: Partial<JudgementDraft>) => void }) {
  const { t } = useTranslation('staff');
  const targetId = `${idPrefix}-volunteersTarget`;
  return (
    <Flex direction="column" gap="3">
      {checks.map((key) => (
        <Text as="label" size="2" key={key}>
          <Flex gap="2" align="center">
            <Checkbox id={`${idPrefix}-${key}`} checked={draft[key]} onCheckedChange={(v) => onChange({ [key]: v === true })} />
            {t(`hives.milestones.${key}`)}
          </Flex>
        </Text>
      ))}
      <FormField id={targetId} label={t('hives.milestones.volunteersTarget')} hint={t('hives.milestones.volunteersTargetHint')} problem={problems.volunteersTarget}>
        <TextField.Root {...controlProps(targetId, problems.volunteersTarget, true)} inputMode="numeric" value={draft.volunteersTarget} onChange={(e) => onChange({ volunteersTarget: e.target.value })} style={{ maxWidth: '8rem' }} />
      </FormField>
    </Flex>
  );
}
