// The drill registry: every drill/<name>.drill.ts default-exports a Drill; run.ts finds and runs them. A drill
// attacks or loads a real server on loopback for a bounded time and reports figures and checks.
export type DrillFigure = { drill: string; figure: string; value: string; ok: boolean | null };

export type DrillContext = {
  /** How long a timed drill runs (--seconds); short in the test suite, a minute by default. */
  seconds: number;
  log: (line: string) => void;
  /** One row of the table; ok null for a plain figure, true/false for a check. */
  report: (figure: string, value: string | number, ok?: boolean | null) => void;
};

export type Drill = {
  /** Short name used by --only (the file name without .drill.ts). */
  name: string;
  description: string;
  run: (ctx: DrillContext) => Promise<void>;
};

/** Type helper for drill files: `export default defineDrill({...})`. */
export const defineDrill = (drill: Drill): Drill => drill;

/** Runs one drill and collects its rows: what both `pnpm drill` and the tests use. */
export async function runDrill(drill: Drill, options: { seconds: number; log?: (line: string) => void }): Promise<DrillFigure[]> {
  const rows: DrillFigure[] = [];
  await drill.run({
    seconds: options.seconds,
    log: options.log ?? (() => undefined),
    report: (figure, value, ok = null) => void rows.push({ drill: drill.name, figure, value: String(value), ok }),
  });
  return rows;
}

export function formatDrillTable(rows: readonly DrillFigure[]): string {
  const cells = [['drill', 'figure', 'value', 'check'], ...rows.map((r) => [r.drill, r.figure, r.value, r.ok === null ? '' : r.ok ? 'ok' : 'FAILED'])];
  const widths = cells[0]!.map((_, i) => Math.max(...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) => `| ${c.map((v, i) => v.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(cells[0]!), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...cells.slice(1).map(line)].join('\n');
}
