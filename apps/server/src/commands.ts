// What each CLI command does. Each opens the database itself, reports progress, and closes it.
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { hashPassword, newTemporaryPassword } from '@kruosar/api';
import {
  appendAudit, backupDatabase, closeDatabase, countCases, createUser, findAccountIdByUsername, importGazetteer, resetStaffPassword, setStaffAccountActive, inTransaction, openDatabase, readGazetteerFile, restoreDatabase, seedDemo, verifyAuditChain, type Db,
} from '@kruosar/db';
import { DomainError, UserCreateInput } from '@kruosar/domain';
import { ServerConfig } from './config';
import { buildServer } from './app';
import { printDemoBanner, progressLine } from './output';

export async function runStart(opts: { dbPath: string; port: string; host: string; secureCookies?: boolean }, afterListen?: (url: string, db: Db) => void) {
  const config = ServerConfig.parse({ dbPath: opts.dbPath, port: opts.port, host: opts.host, secureCookies: opts.secureCookies ?? false });
  const db = openDatabase(config.dbPath);
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
  const stop = async () => {
    await app.close();
    closeDatabase(db);
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  if (afterListen) afterListen(url, db);
  else console.log(`Kruosar is running at ${url}/ (database ${path.resolve(config.dbPath)})`);
}

export async function runSeed(opts: { dbPath: string; children: number }) {
  const db = openDatabase(opts.dbPath);
  try {
    return await seedInto(db, opts.children);
  } finally {
    closeDatabase(db);
  }
}

async function seedInto(db: Db, children: number) {
  if (!Number.isInteger(children) || children < 0) throw new DomainError('INVALID', 'errors.invalid', '--children must be a whole number of 0 or more');
  const summary = await seedDemo(db, { children, now: new Date(), hashPassword, onProgress: (done, total) => progressLine('Creating synthetic children', done, total) });
  return summary;
}

export async function runDemo(opts: { dbPath: string; port: string; host: string; children: number }) {
  // The demo creates its own folder; `start` does not, so a mistyped path is caught there.
  mkdirSync(path.dirname(path.resolve(opts.dbPath)), { recursive: true });
  const db = openDatabase(opts.dbPath);
  let summary;
  let totalCases: number;
  try {
    summary = await seedInto(db, opts.children);
    totalCases = countCases(db);
  } finally {
    closeDatabase(db);
  }
  await runStart({ dbPath: opts.dbPath, port: opts.port, host: opts.host }, (url) => printDemoBanner(url, { ...summary, cases: totalCases }, opts.dbPath));
}

async function readPassword(fromStdin: boolean): Promise<{ password: string; generated: boolean }> {
  if (!fromStdin) return { password: randomBytes(12).toString('base64url'), generated: true };
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return { password: Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, ''), generated: false };
}

export async function runUserCreate(opts: { dbPath: string; passwordFromStdin: boolean; input: Record<string, unknown> }) {
  const { password, generated } = await readPassword(opts.passwordFromStdin);
  const input = UserCreateInput.parse({ ...opts.input, password });
  const db = openDatabase(opts.dbPath);
  try {
    const passwordHash = await hashPassword(input.password);
    const now = new Date();
    const user = inTransaction(db, (tx) => {
      const created = createUser(tx, { ...input, passwordHash }, now);
      appendAudit(tx, { actorId: null, portal: 'cli', action: 'user.create', entity: 'user', entityId: created.id, detail: { username: created.username, role: created.role } }, now);
      return created;
    });
    console.log(`Created ${user.role} ${user.username}${generated ? ` with password: ${password}\n(shown once; they should change it)` : ''}`);
  } finally {
    closeDatabase(db);
  }
}

export async function runGeoImport(opts: { dbPath: string; file: string }) {
  const gazetteer = readGazetteerFile(opts.file);
  const db = openDatabase(opts.dbPath);
  try {
    const result = importGazetteer(db, gazetteer, (done, total) => progressLine('Importing geography', done, total));
    appendAudit(db, { actorId: null, portal: 'cli', action: 'geo.import', entity: 'geo_units', detail: { file: path.basename(opts.file), ...result } }, new Date());
    console.log(`Imported ${result.provinces} provinces, ${result.districts} districts, ${result.communes} communes, ${result.villages} villages.`);
  } finally {
    closeDatabase(db);
  }
}

export async function runBackup(opts: { dbPath: string; destination: string }) {
  if (!existsSync(opts.dbPath)) throw new DomainError('NOT_FOUND', 'errors.notFound', `No database at ${path.resolve(opts.dbPath)}`);
  const db = openDatabase(opts.dbPath, { migrate: false });
  try {
    await backupDatabase(db, opts.destination, (done, total) => progressLine('Backing up', done, total));
    console.log(`Backup written to ${path.resolve(opts.destination)}`);
  } finally {
    closeDatabase(db);
  }
}

export async function runRestore(opts: { dbPath: string; source: string; force: boolean }) {
  await restoreDatabase(opts.source, opts.dbPath, { force: opts.force });
  const db = openDatabase(opts.dbPath);
  const cases = countCases(db);
  closeDatabase(db);
  console.log(`Restored ${path.resolve(opts.dbPath)} from ${opts.source} (${cases} cases).`);
}

export async function runAuditVerify(opts: { dbPath: string }) {
  const db = openDatabase(opts.dbPath, { migrate: false });
  try {
    const result = verifyAuditChain(db);
    if (!result.ok) throw new DomainError('CONFLICT', 'errors.auditBroken', `The audit log has been altered: the chain breaks at entry ${result.brokenAt} (of ${result.entries}).`);
    console.log(`Audit log intact: ${result.entries} entries.`);
  } finally {
    closeDatabase(db);
  }
}

/** For when no administrator can sign in: deactivate (sessions end at once) or reactivate a staff account. */
export function runUserSetActive(opts: { dbPath: string; username: string; active: boolean }) {
  const db = openDatabase(opts.dbPath);
  try {
    const found = findAccountIdByUsername(db, opts.username);
    const account = setStaffAccountActive(db, { actor: null, portal: 'cli', now: new Date() }, { id: found.id, expectedVersion: found.version, active: opts.active });
    console.log(`${account.username} is ${account.status}${opts.active ? '' : '; their sessions have ended'}.`);
  } finally {
    closeDatabase(db);
  }
}

/** A new temporary password, printed once; the person chooses their own at the next sign-in. */
export async function runUserReset(opts: { dbPath: string; username: string }) {
  const temporaryPassword = newTemporaryPassword();
  const passwordHash = await hashPassword(temporaryPassword);
  const db = openDatabase(opts.dbPath);
  try {
    const found = findAccountIdByUsername(db, opts.username);
    const account = resetStaffPassword(db, { actor: null, portal: 'cli', now: new Date() }, { id: found.id, expectedVersion: found.version, passwordHash });
    console.log(`Temporary password for ${account.username}: ${temporaryPassword}\n(shown once; they choose a new one at the next sign-in)`);
  } finally {
    closeDatabase(db);
  }
}
