// The benchmark registry: every bench/<name>.bench.ts default-exports a Bench; run.ts finds and runs them.
import type { Measurement, MeasureOptions } from './measure';
import type { DemoDatabase } from './demo-database';

export type BenchContext = {
  /** Timed runs per measurement (--runs). */
  runs: number;
  /** A database seeded with the synthetic demo and `children` cases; shared by benches asking for the same size. */
  demoDatabase: (children: number) => Promise<DemoDatabase>;
  /** Time one call; the result is reported under this bench's name. */
  measure: (name: string, fn: (i: number) => unknown, options?: Partial<MeasureOptions>) => Promise<Measurement>;
  /** Report samples measured elsewhere (a browser's own clock), in milliseconds, against a target. */
  record: (name: string, samples: readonly number[], targetMs: number) => Measurement;
  log: (line: string) => void;
};

export type Bench = {
  /** Short name used by --only (the file name without .bench.ts). */
  name: string;
  description: string;
  run: (ctx: BenchContext) => Promise<void>;
};

/** Type helper for bench files: `export default defineBench({...})`. */
export const defineBench = (bench: Bench): Bench => bench;
