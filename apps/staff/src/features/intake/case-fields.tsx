// The case's part of intake (and of the case details edit): source, risk with its first-contact target, concerns, summary.
import { Text } from '@radix-ui/themes';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { caseSources, firstContactDueAt, protectionConcerns, riskLevels, type RiskLevel } from '@kruosar/domain';
import { formatDate, useLocale } from '@kruosar/ui';
import { useTRPC } from '../../lib/trpc';
import { ChoiceCheckboxes, ChoiceRadios, ChoiceSelect, LongText } from './form-fields';
import { NOBODY } from './intake-values';

/**
 * `registeredAt` is when the target is counted from: now at intake, the registration when re-rating later.
 * Once first contact is made the target is history, so it is not shown (`withTarget` false).
 */
export function CaseFields({ withSource = true, registeredAt, withTarget = true }: { withSource?: boolean; registeredAt?: string; withTarget?: boolean }) {
  const { t } = useTranslation(['staff', 'values']);
  return (
    <>
      {withSource ? (
        <ChoiceRadios name="source" label={t('intake.case.source')} choices={caseSources.map((v) => ({ value: v, label: t(`values:caseSource.${v}`) }))} />
      ) : null}
      <RiskField registeredAt={registeredAt} withTarget={withTarget} />
      <ChoiceCheckboxes
        name="protectionConcerns"
        label={t('intake.case.protectionConcerns')}
        choices={protectionConcerns.map((v) => ({ value: v, label: t(`values:protectionConcern.${v}`) }))}
      />
      <LongText name="summary" label={t('intake.case.summary')} hint={t('intake.case.summaryHint')} optional rows={5} />
    </>
  );
}

function RiskField({ registeredAt, withTarget }: { registeredAt: string | undefined; withTarget: boolean }) {
  const { t } = useTranslation(['staff', 'values']);
  const locale = useLocale();
  const { control } = useFormContext();
  const risk = useWatch({ control, name: 'riskLevel' }) as RiskLevel | undefined;
  // The moment the form opened stands for "now": the target is shown, not a countdown.
  const [openedAt] = useState(() => new Date().toISOString());
  const from = registeredAt ?? openedAt;
  const target = withTarget && risk && (riskLevels as readonly string[]).includes(risk) ? firstContactDueAt(from, risk) : null;
  return (
    <>
      <ChoiceRadios
        name="riskLevel"
        label={t('intake.case.risk')}
        direction="column"
        choices={riskLevels.map((v) => ({ value: v, label: t(`values:riskLevel.${v}`), hint: t(`intake.case.target.${v}`) }))}
      />
      {target ? (
        <Text as="p" size="2" role="status" style={{ margin: 0 }}>
          {t('intake.case.firstContactBy', { when: formatDate(target, locale, { withTime: true }) })}
        </Text>
      ) : null}
    </>
  );
}

/** Supervisors may give the new case to a caseworker of its commune straight away. */
export function AssignField({ communeCode }: { communeCode: string | null }) {
  const { t } = useTranslation('staff');
  const trpc = useTRPC();
  const staff = useQuery({ ...trpc.cases.assignableStaff.queryOptions({ communeCode: communeCode ?? '' }), enabled: communeCode !== null });
  return (
    <ChoiceSelect
      name="assignTo"
      label={t('intake.case.assignTo')}
      placeholder={t('intake.choose')}
      hint={communeCode === null ? t('intake.household.chooseCommuneFirst') : undefined}
      choices={[
        { value: NOBODY, label: t('intake.case.assignNobody') },
        ...(staff.data ?? []).map((s) => ({ value: s.id, label: t('intake.case.assignee', { name: s.displayName, open: s.openCases }) })),
      ]}
    />
  );
}
