// Choosing the carer for a foster or kinship placement: approved foster carers matched to the child (emergency ones
// for an emergency placement), or the registered kinship carers. The placement keeps the carer's household.
import { Flex, RadioGroup, Text } from '@radix-ui/themes';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { CarerSummary, PlacementType } from '@kruosar/domain';
import { ErrorState, LoadingState } from '@kruosar/ui';
import { useTRPC } from '../../lib/trpc';

type Props = { caseId: string; type: PlacementType; householdId: string | null; onChange: (householdId: string) => void };

export const needsCarer = (type: PlacementType | undefined) => type === 'kinship_care' || type === 'foster_care_emergency' || type === 'foster_care_long_term';

export function CarerPicker({ caseId, type, householdId, onChange }: Props) {
  const { t } = useTranslation('families');
  const trpc = useTRPC();
  const kinship = type === 'kinship_care';
  const matches = useQuery({ ...trpc.carers.match.queryOptions({ caseId, emergencyOnly: type === 'foster_care_emergency' }), enabled: !kinship });
  const kin = useQuery({ ...trpc.carers.list.queryOptions({ kind: 'kinship', page: 1, pageSize: 100 }), enabled: kinship });
  const query = kinship ? kin : matches;
  if (query.isPending) return <LoadingState />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  const carers: { carer: CarerSummary; reasons: string[] }[] = kinship
    ? (kin.data?.items ?? []).filter((c) => c.status === 'applicant' || c.status === 'approved').map((carer) => ({ carer, reasons: [] }))
    : (matches.data ?? []).filter((m) => m.carer.kind === 'foster');
  return (
    <Flex direction="column" gap="1">
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
