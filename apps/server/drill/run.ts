// The drills: attacks and accidents the platform must survive, run against temp databases on this machine only.
// Prints one table of figures and exits non-zero when a drill fails.
//   pnpm drill
import { drillAuditAttacks } from './audit-attacks';
import { drillBackupUnderWrites } from './backup-under-writes';
import { drillReleaseMigration } from './release-migration';
import { drillSigkill } from './sigkill';
import { formatDrills, type DrillResult } from './support';

const drills: (() => Promise<DrillResult>)[] = [() => drillSigkill({ rounds: 3 }), () => drillBackupUnderWrites({ megabytes: 4 }), drillAuditAttacks, drillReleaseMigration];

const results: DrillResult[] = [];
for (const drill of drills) results.push(await drill());
console.log(formatDrills(results));
process.exit(results.every((r) => r.ok) ? 0 : 1);
