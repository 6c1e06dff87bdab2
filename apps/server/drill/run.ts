// Runs the drills: every drill/<name>.drill.ts, or those named with --only. Loopback only, bounded in time;
// prints one table and exits non-zero when a check failed.
//   pnpm drill                         all drills, timed ones for 60 s
//   pnpm drill --only load --seconds 10
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { formatDrillTable, runDrill, type Drill, type DrillFigure } from './registry';

const here = path.dirname(fileURLToPath(import.meta.url));

async function loadDrills(only: string[] | null): Promise<Drill[]> {
  const files = readdirSync(here).filter((f) => f.endsWith('.drill.ts')).sort();
  const names = files.map((f) => f.replace(/\.drill\.ts$/, ''));
  const unknown = (only ?? []).filter((n) => !names.includes(n));
  if (unknown.length > 0) throw new Error(`No such drill: ${unknown.join(', ')}. Known: ${names.join(', ')}`);
  const drills: Drill[] = [];
  for (const file of files.filter((_, i) => only === null || only.includes(names[i]!))) {
    const module = (await import(pathToFileURL(path.join(here, file)).href)) as { default?: Drill };
    if (!module.default) throw new Error(`${file} has no default export (export default defineDrill({...}))`);
    drills.push(module.default);
  }
  return drills;
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { only: { type: 'string' }, seconds: { type: 'string', default: '60' } } });
  const seconds = Number(values.seconds);
  if (!(seconds > 0 && seconds <= 600)) throw new Error('--seconds must be between 1 and 600');
  const only = values.only ? values.only.split(',').map((s) => s.trim()).filter(Boolean) : null;
  const rows: DrillFigure[] = [];
  for (const drill of await loadDrills(only)) {
    console.log(`\n${drill.name}: ${drill.description}`);
    try {
      rows.push(...(await runDrill(drill, { seconds, log: (line) => console.log(`  ${line}`) })));
    } catch (error) {
      // One drill that breaks is reported; the others still run.
      rows.push({ drill: drill.name, figure: 'ran to the end', value: error instanceof Error ? error.message : String(error), ok: false });
    }
  }
  console.log(`\n${formatDrillTable(rows)}`);
  return rows.some((r) => r.ok === false) ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(2);
  },
);
