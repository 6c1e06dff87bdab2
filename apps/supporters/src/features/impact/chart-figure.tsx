// A chart with its text alternative: a spoken summary on the picture and a button that shows the numbers as a table.
import { Box, Button, Flex, Text } from '@radix-ui/themes';
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

type Props = {
  /** What a screen reader hears for the picture: what it shows and the numbers in words. */
  summary: string;
  /** A key that explains the picture's marks (shown under it). */
  legend?: ReactNode;
  /** The same numbers as an HTML table. */
  table: ReactNode;
  children: ReactNode;
};

/** Unique, and usable inside url(#...) and CSS selectors (React's ids carry colons or guillemets). */
export function useSvgId(prefix: string): string {
  return `${prefix}-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
}

export function ChartFigure({ summary, legend, table, children }: Props) {
  const { t } = useTranslation('supporters');
  const [showTable, setShowTable] = useState(false);
  const tableId = useSvgId('chart-table');
  return (
    <Box asChild>
      <figure style={{ margin: 0 }}>
        <div role="img" aria-label={summary} className="kr-chart">
          {children}
        </div>
        {legend ? (
          <Text as="div" size="2" color="gray" mt="2">
            {legend}
          </Text>
        ) : null}
        <Flex mt="3" className="kr-no-print">
          <Button type="button" variant="soft" size="2" aria-expanded={showTable} aria-controls={tableId} onClick={() => setShowTable((v) => !v)}>
            {showTable ? t('charts.hideTable') : t('charts.showTable')}
          </Button>
        </Flex>
        {/* A plain div: Radix's Box sets display, which would override the hidden attribute. */}
        <div id={tableId} hidden={!showTable} style={{ marginTop: 'var(--space-3)' }}>
          {table}
        </div>
      </figure>
    </Box>
  );
}

/** The hatched fill for "<10" bars and bubbles; put once inside each chart's svg. */
export function SmallCountPattern({ id, colour }: { id: string; colour: string }) {
  return (
    <defs>
      <pattern id={id} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect width="6" height="6" fill="#ffffff" />
        <rect width="3" height="6" fill={colour} />
      </pattern>
    </defs>
  );
}

export const chartColours = { count: '#00796a', small: '#00796a', text: '#1a211e', grid: '#d7dad9', hive: '#ab6400' } as const;

/** The legend's swatches: a solid bar is a count, a hatched one "<10", "x" no bar. */
export function CountLegend({ patternId }: { patternId: string }) {
  const { t } = useTranslation('supporters');
  const swatch = (fill: string) => (
    <svg width="14" height="14" aria-hidden="true" style={{ verticalAlign: 'middle', marginRight: 4 }}>
      <SmallCountPattern id={`${patternId}-legend`} colour={chartColours.small} />
      <rect width="14" height="14" fill={fill} stroke={chartColours.count} />
    </svg>
  );
  return (
    <Flex gap="4" wrap="wrap" asChild>
      <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        <li>
          {swatch(chartColours.count)}
          {t('charts.legend.count')}
        </li>
        <li>
          {swatch(`url(#${patternId}-legend)`)}
          {t('charts.legend.small')}
        </li>
        <li>
          <span aria-hidden="true" style={{ marginRight: 4, fontWeight: 700 }}>
            x
          </span>
          {t('charts.legend.suppressed')}
        </li>
      </ul>
    </Flex>
  );
}
