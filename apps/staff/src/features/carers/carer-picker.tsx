// Choosing the carer for a foster or kinship placement: approved foster carers matched to the child (emergency ones
// for an emergency placement) by the language the child speaks and the brothers and sisters placed with them, or the
// registered kinship carers. The placement keeps the carer's household.
import { Flex, RadioGroup, Text } from '@radix-ui/themes';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { carerLanguages, type CarerSummary, type MatchInput, type PlacementType } from '@kruosar/domain';
import { ErrorState, LoadingState } from '@kruosar/ui';
import { useTRPC } from '../../lib/trpc';
import { ChoiceField, InputField } from '../families/fields';

type Props = { caseId: string; type: PlacementType; householdId: string | null; onChange: (householdId: string) => void };

export const needsCarer = (type: PlacementType | undefined) => type === 'kinship_care' || type === 'foster_care_emergency' || type === 'foster_care_long_term';

export function CarerPicker({ caseId, type, householdId, onChange }: Props) {
  const { t } = useTranslation('families');
  const trpc = useTRPC();
  const kinship = type === 'kinship_care';
  const [language, setLanguage] = useState<MatchInput['language']>('khmer');
  const [siblings, setSiblings] = useState('0');
  // A bad number goes to the server as it is, which says what is wrong with it.
  const siblingsToPlace = siblings === '' ? 0 : Number(siblings);
  const matches = useQuery({ ...trpc.carers.match.queryOptions({ caseId, emergencyOnly: type === 'foster_care_emergency', language, siblingsToPlace }), enabled: !kinship });
  const criteria = kinship ? null : (
    <Flex gap="3" wrap="wrap" align="end" data-testid="match-criteria">
      <ChoiceField id="match-language" label={t('picker.language')} value={language} onChange={setLanguage} options={carerLanguages.map((l) => ({ value: l, label: t(`language.${l}`) }))} />
      <InputField id="match-siblings" label={t('picker.siblings')} type="number" value={siblings} onChange={setSiblings} />
    </Flex>
  );
  const kin = useQuery({ ...trpc.carers.list.queryOptions({ kind: 'kinship', page: 1, pageSize: 100 }), enabled: kinship });
  const query = kinship ? kin : matches;
  if (query.isPending) return <Flex direction="column" gap="2">{criteria}<LoadingState /></Flex>;
  if (query.isError) return <Flex direction="column" gap="2">{criteria}<ErrorState error={query.error} onRetry={() => void query.refetch()} /></Flex>;
  const carers: { carer: CarerSummary; reasons: string[] }[] = kinship
    ? (kin.data?.items ?? []).filter((c) => c.status === 'applicant' || c.status === 'approved').map((carer) => ({ carer, reasons: [] }))
    : (matches.data ?? []).filter((m) => m.carer.kind === 'foster');
  return (
    <Flex direction="column" gap="1">
      {criteria}
      <Text as="div" size="2" weight="medium" id="carer-picker-label">{kinship ? t('picker.kinship') : t('picker.foster')}</Text>
      {carers.length === 0 ? (
        <Text color="gray" size="2">{kinship ? t('picker.noKinship') : t('picker.noFoster')}</Text>
      ) : (
        <RadioGroup.Root aria-labelledby="carer-picker-label" value={householdId ?? ''} onValueChange={onChange}>
          {carers.map(({ carer, reasons }) => (
            <RadioGroup.Item key={carer.id} value={carer.householdId}>
              {carer.name} · {t('carers.placesValue', { placed: carer.placedNow, capacity: carer.capacity })}
              {reasons.length ? ` · ${reasons.map((r) => t(`reason.${r as 'same_commune'}`)).join(', ')}` : ''}
            </RadioGroup.Item>
          ))}
        </RadioGroup.Root>
      )}
    </Flex>
  );
}
