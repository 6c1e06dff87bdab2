// Choosing the existing case a need belongs to: the cases of the need's commune, searched by name or reference.
import { Flex, RadioGroup, Spinner, Text, TextField } from '@radix-ui/themes';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '@kruosar/ui';
import { useTRPC } from '../../lib/trpc';

type Props = { communeCode: string; value: string | null; onChange: (caseId: string) => void; errorId?: string; invalid: boolean };

export function CasePicker({ communeCode, value, onChange, errorId, invalid }: Props) {
  const { t } = useTranslation(['staff', 'values']);
  const trpc = useTRPC();
  const [search, setSearch] = useState('');
  const deferred = useDeferredValue(search.trim());
  const cases = useQuery({
    ...trpc.cases.list.queryOptions({ page: 1, pageSize: 8, communeCode, search: deferred || undefined, status: 'open', sort: 'updatedAt', direction: 'desc' }),
    placeholderData: keepPreviousData,
  });
  return (
    <Flex direction="column" gap="2">
      <Text as="label" htmlFor="triage-case-search" size="2" weight="bold">
        {t('needs.triage.caseSearch')}
      </Text>
      <TextField.Root id="triage-case-search" value={search} onChange={(e) => setSearch(e.target.value)} aria-describedby="triage-case-search-hint" />
      <Text as="p" id="triage-case-search-hint" size="1" color="gray" style={{ margin: 0 }}>
        {t('needs.triage.caseSearchHint')}
      </Text>
      {cases.isPending ? (
        <Spinner />
      ) : cases.isError ? (
        <ErrorState error={cases.error} onRetry={() => void cases.refetch()} />
      ) : cases.data.items.length === 0 ? (
        <Text color="gray">{t('needs.triage.noCases')}</Text>
      ) : (
        <RadioGroup.Root
          value={value ?? ''}
          onValueChange={onChange}
          aria-label={t('needs.triage.chooseCase')}
          aria-invalid={invalid || undefined}
          aria-describedby={invalid ? errorId : undefined}
          aria-busy={cases.isFetching}
          data-testid="case-choices"
        >
          {cases.data.items.map((c) => (
            <RadioGroup.Item key={c.id} value={c.id}>
              <Text weight="bold">{c.reference}</Text> · {c.childName ?? t('caseload.nameHidden')} · {t(`values:caseStage.${c.stage}`)} ·{' '}
              {t(`values:riskLevel.${c.riskLevel}`)}
            </RadioGroup.Item>
          ))}
        </RadioGroup.Root>
      )}
    </Flex>
  );
}
