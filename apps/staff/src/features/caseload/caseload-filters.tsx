// Search box and filters of the caseload; the search is sent a moment after typing stops.
import { Box, Button, Checkbox, Flex, Select, Text, TextField } from '@radix-ui/themes';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { caseStages, riskLevels, type GeoUnit } from '@kruosar/domain';
import { useLocale } from '@kruosar/ui';
import { filterBy, hasFilters, type CaseloadParams } from './caseload-params';

const ANY = 'any'; // Radix Select items cannot have an empty value

/** Changes are functions of the current parameters: a search sent after a pause must not undo a filter chosen meanwhile. */
export type ParamsUpdate = (update: (current: CaseloadParams) => CaseloadParams, options?: { replace?: boolean }) => void;

type Props = {
  params: CaseloadParams;
  onChange: ParamsUpdate;
  communes: GeoUnit[];
  /** Analysts cannot search by name: the server ignores the search for them, so none is offered. */
  canSearchNames: boolean;
  /** Supervisors' team view: the caseworkers whose cases can be shown on their own. */
  team?: { id: string; displayName: string }[];
};

export function CaseloadFilters({ params, onChange, communes, canSearchNames, team }: Props) {
  const { t } = useTranslation(['staff', 'values']);
  const locale = useLocale();
  const filter = (change: Parameters<typeof filterBy>[1]) => onChange((current) => filterBy(current, change));

  return (
    <Flex asChild gap="4" wrap="wrap" align="end" mb="4">
      <section aria-label={t('caseload.filters')}>
        {canSearchNames ? (
          <SearchBox value={params.search} onSearch={(search) => onChange((current) => filterBy(current, { search }), { replace: true })} />
        ) : null}
        <FilterSelect
          id="caseload-stage"
          label={t('caseload.stage')}
          value={params.stage}
          options={caseStages.map((s) => ({ value: s, label: t(`values:caseStage.${s}`) }))}
          anyLabel={t('caseload.any')}
          onChange={(stage) => filter({ stage })}
        />
        <FilterSelect
          id="caseload-risk"
          label={t('caseload.risk')}
          value={params.riskLevel}
          options={riskLevels.map((r) => ({ value: r, label: t(`values:riskLevel.${r}`) }))}
          anyLabel={t('caseload.any')}
          onChange={(riskLevel) => filter({ riskLevel })}
        />
        {communes.length > 1 ? (
          <FilterSelect
            id="caseload-commune"
            label={t('caseload.commune')}
            value={params.communeCode}
            options={communes.map((c) => ({ value: c.code, label: locale === 'km' ? c.nameKm : c.nameLatin }))}
            anyLabel={t('caseload.allCommunes')}
            onChange={(communeCode) => filter({ communeCode })}
          />
        ) : null}
        {team ? (
          <FilterSelect
            id="caseload-caseworker"
            label={t('caseload.caseworker')}
            value={params.assignedToId}
            options={[{ value: 'none', label: t('caseload.unassigned') }, ...team.map((m) => ({ value: m.id, label: m.displayName }))]}
            anyLabel={t('caseload.wholeTeam')}
            onChange={(assignedToId) => filter({ assignedToId })}
          />
        ) : null}
        <Text as="label" size="2" style={{ paddingBottom: 'var(--space-2)' }}>
          <Flex gap="2" align="center">
            <Checkbox
              checked={params.overdueOnly}
              onCheckedChange={(checked) => filter({ overdueOnly: checked === true })}
            />
            {t('caseload.overdueOnly')}
          </Flex>
        </Text>
        {hasFilters(params) ? (
          <Button
            type="button"
            variant="ghost"
            onClick={() => filter({ search: '', stage: null, riskLevel: null, communeCode: null, assignedToId: null, overdueOnly: false })}
            style={{ marginBottom: 'var(--space-2)' }}
          >
            {t('caseload.clearFilters')}
          </Button>
        ) : null}
      </section>
    </Flex>
  );
}

const SEARCH_PAUSE_MS = 300;

/** Sends the search a moment after typing stops, so each key press does not query the server. */
function SearchBox({ value, onSearch }: { value: string; onSearch: (search: string) => void }) {
  const { t } = useTranslation('staff');
  const [text, setText] = useState(value);
  const [synced, setSynced] = useState(value);
  const [sent, setSent] = useState(value);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  // The address changed (Back, "Clear filters"): show its search, unless it is the one we just sent.
  if (value !== synced) {
    setSynced(value);
    if (value !== sent) setText(value);
  }

  const type = (next: string) => {
    setText(next);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      setSent(next);
      onSearch(next);
    }, SEARCH_PAUSE_MS);
  };

  return (
    <Box flexGrow="1" minWidth="16rem">
      <Text as="label" htmlFor="caseload-search" size="2" weight="bold">
        {t('caseload.search')}
      </Text>
      <TextField.Root
        id="caseload-search"
        type="search"
        value={text}
        onChange={(e) => type(e.target.value)}
        aria-describedby="caseload-search-hint"
        autoComplete="off"
        mt="1"
      />
      <Text as="p" id="caseload-search-hint" size="1" color="gray" mt="1" style={{ margin: 0 }}>
        {t('caseload.searchHint')}
      </Text>
    </Box>
  );
}

type FilterSelectProps<T extends string> = {
  id: string;
  label: string;
  value: T | null;
  options: { value: T; label: string }[];
  anyLabel: string;
  onChange: (value: T | null) => void;
};

function FilterSelect<T extends string>({ id, label, value, options, anyLabel, onChange }: FilterSelectProps<T>) {
  return (
    <Flex direction="column" gap="1">
      <Text as="label" id={`${id}-label`} htmlFor={id} size="2" weight="bold">
        {label}
      </Text>
      <Select.Root value={value ?? ANY} onValueChange={(v) => onChange(v === ANY ? null : (v as T))}>
        <Select.Trigger id={id} aria-labelledby={`${id}-label ${id}`} style={{ minWidth: '10rem' }} />
        <Select.Content position="popper">
          <Select.Item value={ANY}>{anyLabel}</Select.Item>
          {options.map((o) => (
            <Select.Item key={o.value} value={o.value}>
              {o.label}
            </Select.Item>
          ))}
        </Select.Content>
      </Select.Root>
    </Flex>
  );
}
