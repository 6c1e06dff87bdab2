// What each CLI command does. Each opens the database itself, reports progress, and closes it.
// The HTTP server and the API are imported by the commands that need them: backup, restore and audit verify start
// in the time it takes to load the database layer, not the whole platform.
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import {
  appendAudit, backupDatabase, batchReadAudits, checkpointFileOf, closeDatabase, countCases, encryptDatabase, createUser, findAccountIdByUsername, flushReadAudits, importGazetteer, inTransaction, openDatabase, readGazetteerFile, resetStaffPassword, resetTwoFactor, restoreDatabase, seedDemo, setStaffAccountActive, verifyAuditLog, type Db,
} from '@kruosar/db';
import { DomainError, UserCreateInput } from '@kruosar/domain';
import { ServerConfig, chromiumPathFromEnv } from './config';
import { checkpointOnClose, keysFor, openKeyed, startCheckpoints, type DbTarget } from './keyed-database';
import { printDemoBanner, progressLine } from './output';

export async function runStart(
  opts: DbTarget & { port: string; host: string; secureCookies?: boolean; trustProxy?: string; auditCheckpointSeconds?: string | number; organisationName?: string; publicCallsPerMinute?: string },
  afterListen?: (url: string, db: Db) => void,
) {
  const config = ServerConfig.parse({
    dbPath: opts.dbPath,
    port: opts.port,
    host: opts.host,
    secureCookies: opts.secureCookies,
    trustProxy: opts.trustProxy,
    auditCheckpointSeconds: opts.auditCheckpointSeconds,
    chromiumPath: chromiumPathFromEnv(),
    organisationName: opts.organisationName,
    publicCallsPerMinute: opts.publicCallsPerMinute,
  });
  const { db, keys } = openKeyed(opts, { create: true });
  // Reads of children's records are audited in one transaction per turn of the event loop, not one commit each.
  batchReadAudits(db);
  const { buildServer } = await import('./app');
  const app = await buildServer(config, db);
  try {
    await app.listen({ port: config.port, host: config.host });
  } catch (error) {
    closeDatabase(db);
    if (error instanceof Error && 'code' in error && error.code === 'EADDRINUSE') {
      throw new DomainError('CONFLICT', 'errors.portBusy', `Port ${config.port} on ${config.host} is already in use. Stop the other program or start with --port <another port>.`);
    }
    throw error;
  }
  const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${config.port}`;
  const checkpoints = startCheckpoints(db, opts, keys, config.auditCheckpointSeconds);
  const stop = async () => {
    await app.close();
    flushReadAudits(db);
    checkpoints.stop();
    closeDatabase(db);
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  if (afterListen) afterListen(url, db);
  else console.log(`Kruosar is running at ${url}/ (database ${path.resolve(config.dbPath)})`);
}

export async function runSeed(opts: DbTarget & { children: number }) {
  const { db, keys } = openKeyed(opts, { create: true });
  try {
    return await seedInto(db, opts.children);
  } finally {
    checkpointOnClose(db, opts, keys);
  }
}

async function seedInto(db: Db, children: number) {
  if (!Number.isInteger(children) || children < 0) throw new DomainError('INVALID', 'errors.invalid', '--children must be a whole number of 0 or more');
  const { hashPassword } = await import('@kruosar/api');
  const labels = { children: 'Creating synthetic children', workflow: 'Adding their workflow records' } as const;
  const summary = await seedDemo(db, { children, now: new Date(), hashPassword, onProgress: (done, total, step) => progressLine(labels[step], done, total) });
  return summary;
}

export async function runDemo(opts: DbTarget & { port: string; host: string; children: number; auditCheckpointSeconds?: string | number; organisationName?: string }) {
  // The demo creates its own folder; `start` does not, so a mistyped path is caught there.
  mkdirSync(path.dirname(path.resolve(opts.dbPath)), { recursive: true });
  const { db, keys } = openKeyed(opts, { create: true });
  let summary;
  let totalCases: number;
  try {
    summary = await seedInto(db, opts.children);
    totalCases = countCases(db);
  } finally {
    checkpointOnClose(db, opts, keys);
  }
  await runStart({ ...opts }, (url) => printDemoBanner(url, { ...summary, cases: totalCases }, opts.dbPath));
}

async function readPassword(fromStdin: boolean): Promise<{ password: string; generated: boolean }> {
  if (!fromStdin) return { password: randomBytes(12).toString('base64url'), generated: true };
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return { password: Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, ''), generated: false };
}

export async function runUserCreate(opts: DbTarget & { passwordFromStdin: boolean; input: Record<string, unknown> }) {
  const { password, generated } = await readPassword(opts.passwordFromStdin);
  const input = UserCreateInput.parse({ ...opts.input, password });
  const { db, keys } = openKeyed(opts, { create: true });
  try {
    const { hashPassword } = await import('@kruosar/api');
    const passwordHash = await hashPassword(input.password);
    const now = new Date();
    const user = inTransaction(db, (tx) => {
      const created = createUser(tx, { ...input, passwordHash }, now);
      appendAudit(tx, { actorId: null, portal: 'cli', action: 'user.create', entity: 'user', entityId: created.id, detail: { username: created.username, role: created.role } }, now);
      return created;
    });
    console.log(`Created ${user.role} ${user.username}${generated ? ` with password: ${password}\n(shown once; they should change it)` : ''}`);
  } finally {
    checkpointOnClose(db, opts, keys);
  }
}

export async function runGeoImport(opts: DbTarget & { file: string }) {
  const gazetteer = readGazetteerFile(opts.file);
  const { db, keys } = openKeyed(opts, { create: true });
  try {
    const progress = (done: number, total: number) => progressLine('Importing geography', done, total);
    const result = importGazetteer(db, gazetteer, progress, { portal: 'cli', source: path.basename(opts.file), now: new Date() });
    console.log(`Imported ${result.provinces} provinces, ${result.districts} districts, ${result.communes} communes, ${result.villages} villages.`);
  } finally {
    checkpointOnClose(db, opts, keys);
  }
}

export async function runBackup(opts: DbTarget & { destination: string }) {
  if (!existsSync(opts.dbPath)) throw new DomainError('NOT_FOUND', 'errors.notFound', `No database at ${path.resolve(opts.dbPath)}`);
  const { db, keys } = openKeyed(opts, { create: false, migrate: false });
  try {
    const backup = await backupDatabase(db, opts.destination);
    const mb = (backup.bytes / 1024 / 1024).toFixed(1);
    console.log(`Backup written to ${backup.file}: ${mb} MB, encrypted with this database's key, copied in ${backup.copySeconds.toFixed(2)} s under the write lock, verified, done in ${backup.totalSeconds.toFixed(2)} s (integrity ok, ${backup.auditEntries} audit entries; checkpoint ${checkpointFileOf(backup.file)}).`);
    console.log('Keep the key file apart from the backups: a backup can be restored only with it.');
  } finally {
    checkpointOnClose(db, opts, keys);
  }
}

export async function runRestore(opts: DbTarget & { source: string; force: boolean }) {
  const keys = keysFor(opts, { create: false });
  const verified = await restoreDatabase(opts.source, opts.dbPath, { force: opts.force, keys });
  const db = openDatabase(opts.dbPath, { keys });
  const cases = countCases(db);
  closeDatabase(db);
  const anchored = verified.checkpointed ? 'matching the checkpoint written with it' : 'no checkpoint was found beside it';
  console.log(`Restored ${path.resolve(opts.dbPath)} from ${opts.source} (${cases} cases, ${verified.auditEntries} audit entries, ${anchored}).`);
}

export async function runAuditVerify(opts: DbTarget & { checkpoint?: string }) {
  const { db, keys } = openKeyed(opts, { create: false, migrate: false });
  try {
    const checkpoint = opts.checkpoint ?? checkpointFileOf(opts.dbPath);
    const result = verifyAuditLog(db, keys.audit, checkpoint);
    if (!result.ok) throw new DomainError('CONFLICT', 'errors.auditBroken', `The audit log has been altered: ${result.reason}.`);
    const anchor = result.checkpoint ? `; the checkpoint of ${result.checkpoint.writtenAt} (entry ${result.checkpoint.seq}) matches` : '';
    console.log(`Audit log intact: ${result.entries} entries, every one signed with this installation's key${anchor}.`);
  } finally {
    closeDatabase(db);
  }
}

export async function runEncrypt(opts: DbTarget) {
  const keys = keysFor(opts, { create: true, forEncrypt: true });
  const { auditEntries } = encryptDatabase(opts.dbPath, keys);
  const { db } = openKeyed(opts, { create: false, migrate: false });
  checkpointOnClose(db, opts, keys);
  console.log(`Encrypted ${path.resolve(opts.dbPath)}; its ${auditEntries} audit entries were checked and are now signed with the installation's key.`);
  console.log('Backups made before this are not encrypted: make a new backup now, and delete the old ones safely.');
}

/** For when no administrator can sign in: deactivate (sessions end at once) or reactivate a staff account. */
export function runUserSetActive(opts: DbTarget & { username: string; active: boolean }) {
  const { db, keys } = openKeyed(opts, { create: false });
  try {
    const found = findAccountIdByUsername(db, opts.username);
    const account = setStaffAccountActive(db, { actor: null, portal: 'cli', now: new Date() }, { id: found.id, expectedVersion: found.version, active: opts.active });
    console.log(`${account.username} is ${account.status}${opts.active ? '' : '; their sessions have ended'}.`);
  } finally {
    checkpointOnClose(db, opts, keys);
  }
}

/** A new temporary password, printed once; the person chooses their own at the next sign-in. */
export async function runUserReset(opts: DbTarget & { username: string }) {
  const { hashPassword, newTemporaryPassword } = await import('@kruosar/api');
  const temporaryPassword = newTemporaryPassword();
  const passwordHash = await hashPassword(temporaryPassword);
  const { db, keys } = openKeyed(opts, { create: false });
  try {
    const found = findAccountIdByUsername(db, opts.username);
    const account = resetStaffPassword(db, { actor: null, portal: 'cli', now: new Date() }, { id: found.id, expectedVersion: found.version, passwordHash });
    console.log(`Temporary password for ${account.username}: ${temporaryPassword}\n(shown once; they choose a new one at the next sign-in)`);
  } finally {
    checkpointOnClose(db, opts, keys);
  }
}

/** For a lost phone when no administrator can sign in: two-factor sign-in off, sessions ended, set up again next time. */
export function runUserResetTwoFactor(opts: DbTarget & { username: string }) {
  const { db, keys } = openKeyed(opts, { create: false });
  try {
    const found = findAccountIdByUsername(db, opts.username);
    const account = resetTwoFactor(db, { actor: null, portal: 'cli', now: new Date() }, { id: found.id, expectedVersion: found.version });
    console.log(`Two-factor sign-in is off for ${account.username}; their sessions have ended.${account.role === 'admin' || account.role === 'supervisor' ? ' They set it up again at the next sign-in.' : ''}`);
  } finally {
    checkpointOnClose(db, opts, keys);
  }
}
