// Timing for benchmarks: warm up, run a call many times, report p50/p95/max in milliseconds against a target.

export type Measurement = {
  bench: string;
  name: string;
  runs: number;
  p50: number;
  p95: number;
  max: number;
  /** The p95 must stay under this, or the run fails. */
  targetMs: number;
};

export type MeasureOptions = { runs: number; warmup?: number; targetMs: number };

/** The value below which `q` of the sorted samples fall (nearest rank). */
export function percentile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank]!;
}

/** Call `fn` (sync or async) `warmup` times untimed, then `runs` times timed one by one. */
export async function measure(bench: string, name: string, fn: (i: number) => unknown, options: MeasureOptions): Promise<Measurement> {
  const warmup = options.warmup ?? Math.min(10, options.runs);
  for (let i = 0; i < warmup; i++) await fn(i);
  const samples: number[] = [];
  for (let i = 0; i < options.runs; i++) {
    const started = process.hrtime.bigint();
    await fn(i);
    samples.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  return summarize(bench, name, samples, options.targetMs);
}

/** p50/p95/max of samples taken elsewhere (e.g. by a browser's own clock) against a target. */
export function summarize(bench: string, name: string, samples: readonly number[], targetMs: number): Measurement {
  const sorted = [...samples].sort((a, b) => a - b);
  return { bench, name, runs: sorted.length, p50: percentile(sorted, 0.5), p95: percentile(sorted, 0.95), max: sorted[sorted.length - 1]!, targetMs };
}

const fixed = (n: number) => n.toFixed(1);

/** A plain-text table, one measurement a line, with OK or SLOW against the target. */
export function formatTable(rows: readonly Measurement[]): string {
  const header = ['bench', 'measurement', 'runs', 'p50 ms', 'p95 ms', 'max ms', 'target', ''];
  const lines = rows.map((r) => [r.bench, r.name, String(r.runs), fixed(r.p50), fixed(r.p95), fixed(r.max), `<${r.targetMs}`, r.p95 <= r.targetMs ? 'OK' : 'SLOW']);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const numeric = new Set([2, 3, 4, 5, 6]);
  const format = (cells: string[]) => cells.map((c, i) => (numeric.has(i) ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ').trimEnd();
  return [format(header), widths.map((w) => '-'.repeat(w)).join('  '), ...lines.map(format)].join('\n');
}
