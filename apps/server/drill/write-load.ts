// A separate process that writes as fast as it can and prints `ack <n>` after each commit: the acknowledged writes
// a drill then looks for. The key comes through KRUOSAR_DB_KEY, never the command line.
import { deriveKeys, inTransaction, openDatabase, appendAudit, parseSecret } from '@kruosar/db';

const [file, startAt = '1', pauseMs = '0'] = process.argv.slice(2) as [string, string?, string?];
const keys = deriveKeys(parseSecret(process.env.KRUOSAR_DB_KEY ?? '', 'KRUOSAR_DB_KEY'));
const db = openDatabase(file, { keys, migrate: false });
const pause = Number(pauseMs);
process.stdout.write('ready\n');

let n = Number(startAt);
for (;;) {
  const at = new Date();
  inTransaction(db, (tx) => appendAudit(tx, { actorId: null, portal: 'drill', action: 'drill.write', entity: 'drill', entityId: String(n), detail: { n } }, at));
  // Acknowledged only once committed, like an HTTP answer after the transaction.
  process.stdout.write(`ack ${n} ${Date.now()}\n`);
  n++;
  if (pause > 0) await new Promise((resolve) => setTimeout(resolve, pause));
  else if (n % 50 === 0) await new Promise((resolve) => setImmediate(resolve));
}
