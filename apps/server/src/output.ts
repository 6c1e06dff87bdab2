// What the CLI prints: progress on long work and the demo banner with URLs and logins.
import path from 'node:path';

export function progressLine(label: string, done: number, total: number) {
  if (!process.stdout.isTTY) {
    if (done === total) console.log(`${label}: ${done}/${total}`);
    return;
  }
  const pct = total ? Math.round((done / total) * 100) : 100;
  process.stdout.write(`\r${label}: ${done}/${total} (${pct}%)${done === total ? '\n' : ''}`);
}

type Summary = { users: { username: string; role: string; password: string }[]; children: number; cases: number; communes: string[] };

export function printDemoBanner(url: string, summary: Summary, dbPath: string) {
  const pad = (s: string, n: number) => s.padEnd(n);
  console.log(`
Kruosar is running with SYNTHETIC demo data (${summary.cases} cases in ${summary.communes.length} Battambang communes; no real people).
Database: ${path.resolve(dbPath)}

  Staff portal        ${url}/staff/
  Village Hive        ${url}/hive/
  Supporters portal   ${url}/supporters/

Demo logins:
${summary.users.map((u) => `  ${pad(u.username, 13)} ${pad(u.password, 14)} ${u.role}`).join('\n')}

Press Ctrl+C to stop.`);
}
