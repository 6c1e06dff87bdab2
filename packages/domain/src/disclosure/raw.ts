// True counts for indicators that add up over time: every place and period summed from commune-quarter counts.
import type { ReportPeriod, RawCount } from './types';

/**
 * `byCommune` maps a commune code to its counts for quarters 1-4 of `year`; communes left out count 0. Only for
 * indicators with additiveOverTime: distinct people over a year must be counted, not summed.
 */
export function sumCommuneQuarters(year: number, byCommune: Readonly<Record<string, readonly number[]>>): RawCount {
  return (geo: string, period: ReportPeriod) => {
    if (period.year !== year) return 0;
    let total = 0;
    for (const [commune, quarters] of Object.entries(byCommune)) {
      if (!commune.startsWith(geo)) continue;
      for (let q = period.from; q <= period.to; q++) total += quarters[q - 1] ?? 0;
    }
    return total;
  };
}
