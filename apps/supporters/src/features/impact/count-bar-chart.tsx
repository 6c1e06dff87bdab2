// Bars of published counts (recharts): solid for a count, hatched up to 9 for "<10", none (labelled x) when hidden.
import { Bar, BarChart, CartesianGrid, Cell, LabelList, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import type { ChartPoint } from './chart-values';
import { SmallCountPattern, chartColours } from './chart-figure';

export type BarDatum = { name: string; point: ChartPoint };

type Props = {
  data: readonly BarDatum[];
  patternId: string;
  /** Bars across (names down the side), for long names such as service types. */
  horizontal?: boolean;
  height?: number;
};

export function CountBarChart({ data, patternId, horizontal = false, height = 280 }: Props) {
  const rows = data.map((d) => ({ name: d.name, value: d.point.value ?? 0, label: d.point.label, kind: d.point.kind }));
  const tick = { fill: chartColours.text, fontSize: 12 };
  return (
    <ResponsiveContainer width="100%" height={height}>
      <BarChart
        data={rows}
        layout={horizontal ? 'vertical' : 'horizontal'}
        accessibilityLayer={false}
        margin={{ top: 20, right: horizontal ? 40 : 16, bottom: 8, left: horizontal ? 8 : 0 }}
      >
        <SmallCountPattern id={patternId} colour={chartColours.small} />
        <CartesianGrid stroke={chartColours.grid} strokeDasharray="3 3" vertical={horizontal} horizontal={!horizontal} />
        {horizontal ? (
          <>
            <XAxis type="number" allowDecimals={false} tick={tick} />
            <YAxis type="category" dataKey="name" width={230} tick={tick} interval={0} />
          </>
        ) : (
          <>
            <XAxis dataKey="name" tick={tick} interval={0} />
            <YAxis allowDecimals={false} tick={tick} width={40} />
          </>
        )}
        {/* minPointSize keeps an invisible sliver for 0 and "x", so their labels are still drawn. */}
        <Bar dataKey="value" isAnimationActive={false} maxBarSize={48} minPointSize={2}>
          {rows.map((row) => {
            const empty = row.kind === 'suppressed' || row.value === 0;
            return (
              <Cell
                key={row.name}
                fill={empty ? 'transparent' : row.kind === 'small' ? `url(#${patternId})` : chartColours.count}
                stroke={empty ? 'none' : chartColours.count}
              />
            );
          })}
          <LabelList dataKey="label" position={horizontal ? 'right' : 'top'} fill={chartColours.text} fontSize={12} fontWeight={700} />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}
