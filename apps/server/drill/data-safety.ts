// Adapts the data-safety drills (functions returning one DrillResult) to the registry's Drill shape, so
// `pnpm drill` finds them as drill/<name>.drill.ts like the rest.
import { defineDrill, type Drill } from './registry';
import type { DrillResult } from './support';

export function dataSafetyDrill(name: string, description: string, run: () => Promise<DrillResult>): Drill {
  return defineDrill({
    name,
    description,
    async run({ report }) {
      const result = await run();
      for (const [figure, value] of Object.entries(result.figures)) report(figure, String(value));
      report('drill holds', result.ok ? 'yes' : 'no', result.ok);
    },
  });
}
