// Battambang drawn offline: districts as bubbles sized by the chosen published figure, hive communes as squares,
// all at the gazetteer's centre points (never villages, never people). No tiles, nothing fetched from the internet.
import { Box, Flex, Heading, Select, Table, Text } from '@radix-ui/themes';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState, ErrorState, LoadingState, formatNumber } from '@kruosar/ui';
import type { TableCell } from '@kruosar/domain';
import { useTRPC } from '../../lib/trpc';
import { CellValue, describedByNote, useCellWords } from './cell-value';
import { ChartFigure, SmallCountPattern, chartColours, useSvgId } from './chart-figure';
import { bubbleRadius, chartPointOf, largestOf } from './chart-values';
import { useImpactLabels, type ImpactLabels } from './labels';
import { estimateTextWidth, placeLabels } from './map-labels';
import { fitProjection } from './map-projection';

const PREFERRED = 'families_supported';
const WIDTH = 640;
const FONT = 12;
const MAX_RADIUS = 26;

type MapData = NonNullable<ReturnType<typeof useMapQuery>['data']>;
type Place = MapData['places'][number];

function useMapQuery() {
  const trpc = useTRPC();
  return useQuery(trpc.impact.map.queryOptions());
}

export function ImpactMap() {
  const { t } = useTranslation('supporters');
  const labels = useImpactLabels();
  const map = useMapQuery();
  const [chosen, setChosen] = useState<string | null>(null);

  let body;
  if (map.isPending) body = <LoadingState />;
  else if (map.isError) body = <ErrorState error={map.error} onRetry={() => void map.refetch()} />;
  else if (!map.data || !map.data.places.some((p) => p.lat !== null && p.level !== 'province')) body = <EmptyState headingLevel="h3" title={t('map.empty')} />;
  else {
    const data = map.data;
    const keys = [...new Set(data.places.filter((p) => p.level === 'district').flatMap((p) => p.values.map((v) => v.key)))];
    const key = keys.find((k) => k === chosen) ?? keys.find((k) => k === PREFERRED) ?? keys[0] ?? '';
    body = (
      <>
        {keys.length > 1 ? (
          <Flex direction="column" gap="1" mb="3" align="start" className="kr-no-print">
            <Text as="label" id="map-indicator-label" htmlFor="map-indicator" size="2" weight="bold">
              {t('map.choose')}
            </Text>
            <Select.Root value={key} onValueChange={setChosen}>
              <Select.Trigger id="map-indicator" aria-labelledby="map-indicator-label map-indicator" style={{ minWidth: '18rem', maxWidth: '100%' }} />
              <Select.Content position="popper">
                {keys.map((k) => (
                  <Select.Item key={k} value={k}>
                    {labels.indicator(k)}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select.Root>
          </Flex>
        ) : null}
        <MapFigure data={data} indicator={key} labels={labels} />
      </>
    );
  }

  return (
    <Box asChild>
      <section aria-labelledby="map-heading">
        <Heading as="h2" id="map-heading" size="6" mb="2">
          {t('map.heading')}
        </Heading>
        <Text as="p" color="gray" mb="3" style={{ maxWidth: '48rem' }}>
          {t('map.intro')}
        </Text>
        {body}
      </section>
    </Box>
  );
}

const valueOf = (place: Place, key: string): TableCell | undefined => place.values.find((v) => v.key === key)?.cell;

function MapFigure({ data, indicator, labels }: { data: MapData; indicator: string; labels: ImpactLabels }) {
  const { t } = useTranslation(['supporters', 'values']);
  const cellWords = useCellWords();
  const patternId = useSvgId('map-small');
  const province = data.places.find((p) => p.level === 'province');
  const drawn = data.places.filter((p): p is Place & { lat: number; lng: number } => p.level !== 'province' && p.lat !== null && p.lng !== null);
  const districts = drawn.filter((p) => p.level === 'district');
  const hives = drawn.filter((p) => p.level === 'commune');
  const projection = fitProjection(drawn, { width: WIDTH, padding: MAX_RADIUS + 70, maxHeight: 520 });
  const largest = largestOf(districts.map((d) => chartPointOf(valueOf(d, indicator))));

  const marks = [
    ...districts.map((d) => {
      const cell = valueOf(d, indicator);
      const point = chartPointOf(cell);
      return { place: d, cell, point, radius: bubbleRadius(point, largest, MAX_RADIUS, 6), text: `${labels.place(d)} ${cell ? point.label : ''}`.trim() };
    }),
    ...hives.map((c) => ({ place: c, cell: undefined, point: null, radius: 6, text: labels.place(c) })),
  ];
  const at = marks.map((m) => projection.project(m.place));
  const placed = placeLabels(
    marks.map((m, i) => ({ x: at[i]!.x, y: at[i]!.y, radius: m.radius, width: estimateTextWidth(m.text, FONT), height: FONT + 2 })),
    projection,
  );

  const summary = t('map.summary', {
    indicator: labels.indicator(indicator),
    period: labels.period(data.districtPeriod),
    values: districts.map((d) => `${labels.place(d)}: ${valueOf(d, indicator) ? cellWords(valueOf(d, indicator)!) : '—'}`).join('; '),
    hives: hives.map((h) => labels.place(h)).join(', ') || t('map.noHives'),
  });

  return (
    <ChartFigure
      summary={summary}
      legend={<MapLegend patternId={`${patternId}-key`} periods={{ district: labels.period(data.districtPeriod), commune: labels.period(data.communePeriod) }} />}
      table={<MapTable data={data} indicator={indicator} labels={labels} />}
    >
      <svg viewBox={`0 0 ${projection.width} ${projection.height}`} width="100%" style={{ maxWidth: WIDTH, display: 'block', background: '#f3fbf9', borderRadius: 8 }} aria-hidden="true">
        <SmallCountPattern id={patternId} colour={chartColours.small} />
        {province ? (
          <text x={12} y={22} fontSize={14} fontWeight={700} fill={chartColours.text}>
            {labels.place(province)}
          </text>
        ) : null}
        {marks.map((m, i) => {
          const { x, y } = at[i]!;
          const label = placed[i]!;
          return (
            <g key={m.place.code} data-place={m.place.code}>
              {m.point ? (
                <circle
                  cx={x}
                  cy={y}
                  r={m.radius}
                  fill={m.point.kind === 'small' ? `url(#${patternId})` : m.point.kind === 'count' && m.point.value ? chartColours.count : '#ffffff'}
                  fillOpacity={m.point.kind === 'count' ? 0.75 : 1}
                  stroke={chartColours.count}
                  strokeWidth={1.5}
                  strokeDasharray={m.point.kind === 'suppressed' ? '3 2' : undefined}
                />
              ) : (
                <rect x={x - 6} y={y - 6} width={12} height={12} fill={chartColours.hive} stroke="#ffffff" strokeWidth={1.5} />
              )}
              <text x={label.x} y={label.y} textAnchor={label.anchor} fontSize={FONT} fontWeight={m.point ? 700 : 400} fill={chartColours.text} paintOrder="stroke" stroke="#f3fbf9" strokeWidth={3}>
                {m.text}
              </text>
            </g>
          );
        })}
      </svg>
    </ChartFigure>
  );
}

/** The layers cover different periods (communes are published for whole years only): the legend names each. */
function MapLegend({ patternId, periods }: { patternId: string; periods: { district: string; commune: string } }) {
  const { t } = useTranslation('supporters');
  return (
    <>
      <Text as="p" size="2" mb="2" data-testid="map-periods">
        {t('map.legend.periods', periods)}
      </Text>
      <Flex gap="4" wrap="wrap" asChild>
        <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          <li>
            <svg width="16" height="16" aria-hidden="true" style={{ verticalAlign: 'middle', marginRight: 4 }}>
              <circle cx="8" cy="8" r="7" fill={chartColours.count} fillOpacity={0.75} stroke={chartColours.count} />
            </svg>
            {t('map.legend.district')}
          </li>
          <li>
            <svg width="16" height="16" aria-hidden="true" style={{ verticalAlign: 'middle', marginRight: 4 }}>
              <SmallCountPattern id={patternId} colour={chartColours.small} />
              <circle cx="8" cy="8" r="7" fill={`url(#${patternId})`} stroke={chartColours.count} />
            </svg>
            {t('map.legend.small')}
          </li>
          <li>
            <svg width="16" height="16" aria-hidden="true" style={{ verticalAlign: 'middle', marginRight: 4 }}>
              <circle cx="8" cy="8" r="7" fill="#ffffff" stroke={chartColours.count} strokeDasharray="3 2" />
            </svg>
            {t('map.legend.suppressed')}
          </li>
          <li>
            <svg width="16" height="16" aria-hidden="true" style={{ verticalAlign: 'middle', marginRight: 4 }}>
              <rect x="2" y="2" width="12" height="12" fill={chartColours.hive} />
            </svg>
            {t('map.legend.hive')}
          </li>
        </ul>
      </Flex>
    </>
  );
}

function MapTable({ data, indicator, labels }: { data: MapData; indicator: string; labels: ImpactLabels }) {
  const { t } = useTranslation(['supporters', 'values']);
  const rows = data.places.filter((p) => p.level !== 'province');
  return (
    <Box style={{ overflowX: 'auto' }}>
      <Table.Root variant="surface" size="1">
        <caption className="kr-visually-hidden">{t('map.heading')}</caption>
        <Table.Header>
          <Table.Row>
            <Table.ColumnHeaderCell>{t('map.place')}</Table.ColumnHeaderCell>
            <Table.ColumnHeaderCell>{t('map.level')}</Table.ColumnHeaderCell>
            <Table.ColumnHeaderCell>{labels.indicator(indicator)}</Table.ColumnHeaderCell>
            <Table.ColumnHeaderCell>{t('map.period')}</Table.ColumnHeaderCell>
            <Table.ColumnHeaderCell>{t('map.hiveIndex')}</Table.ColumnHeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {rows.map((p) => {
            const cell = valueOf(p, indicator);
            return (
              <Table.Row key={p.code}>
                <Table.RowHeaderCell>{labels.place(p)}</Table.RowHeaderCell>
                <Table.Cell>{t(`values:geoLevel.${p.level}`)}</Table.Cell>
                <Table.Cell aria-describedby={describedByNote(cell)}>{cell ? <CellValue cell={cell} /> : t('map.notPublished')}</Table.Cell>
                <Table.Cell>{labels.period(p.level === 'commune' ? data.communePeriod : data.districtPeriod)}</Table.Cell>
                <Table.Cell>
                  {p.hive?.independenceIndex != null ? `${formatNumber(Math.round(p.hive.independenceIndex), labels.locale)} / 100` : t('map.noHive')}
                </Table.Cell>
              </Table.Row>
            );
          })}
        </Table.Body>
      </Table.Root>
    </Box>
  );
}
