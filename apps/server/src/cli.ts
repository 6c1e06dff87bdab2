// The `kruosar` command: start the platform, seed demo data, manage users, import geography, back up.
import { Command, Option } from 'commander';
import { DomainError, roles } from '@kruosar/domain';
import { AuditCheckpointError, DatabaseOpenError, KeyError } from '@kruosar/db';
import { ZodError } from 'zod';
import { defaultDbPath } from './config';
import { runAuditVerify, runBackup, runDemo, runEncrypt, runGeoImport, runRestore, runSeed, runStart, runUserCreate, runUserReset, runUserResetTwoFactor, runUserSetActive } from './commands';

// Every file this process creates (database, WAL, backups, key, checkpoints) is readable by its owner only.
process.umask(0o077);

const program = new Command('kruosar').description('Kruosar: case management and community platform for family-based care').showHelpAfterError();
const dbOption = () => new Option('--db <path>', 'SQLite database file').default(defaultDbPath());
const keyFileOption = () => new Option('--key-file <path>', 'key of the database (default: beside it, <name>.key; KRUOSAR_DB_KEY wins)');
const checkpointOption = () => new Option('--audit-checkpoint-seconds <seconds>', 'how often the audit checkpoint is written').default('60');
const organisationOption = () => new Option('--organisation <name>', "the organisation's name, printed on public documents").env('KRUOSAR_ORGANISATION');
const portOption = () => new Option('--port <port>', 'port to listen on').default('3000');
const hostOption = () => new Option('--host <host>', 'address to listen on').default('127.0.0.1');

program.command('start').description('start the server on an existing database').addOption(dbOption()).addOption(keyFileOption()).addOption(portOption()).addOption(hostOption())
  .option('--secure-cookies', 'Secure cookies and HSTS (the default unless --host is loopback)')
  .option('--no-secure-cookies', 'plain-HTTP cookies and no HSTS, even on a non-loopback address')
  .option('--trust-proxy <addresses>', 'comma-separated reverse-proxy addresses or CIDR ranges whose X-Forwarded-For names the client', process.env.KRUOSAR_TRUST_PROXY)
  .addOption(checkpointOption()).addOption(organisationOption())
  .addOption(new Option('--public-calls-per-minute <n>', 'calls to the public supporters API allowed per address and minute (raise it when many visitors share one address)').env('KRUOSAR_PUBLIC_CALLS_PER_MINUTE'))
  .action((o) => runStart({ dbPath: o.db, keyFile: o.keyFile, port: o.port, host: o.host, secureCookies: o.secureCookies, trustProxy: o.trustProxy, auditCheckpointSeconds: o.auditCheckpointSeconds, organisationName: o.organisation, publicCallsPerMinute: o.publicCallsPerMinute }));

program.command('demo').description('create or reuse a demo database with synthetic data, then start').addOption(dbOption()).addOption(keyFileOption()).addOption(portOption()).addOption(hostOption())
  .option('--children <n>', 'synthetic children to create in a new demo database', '400').addOption(checkpointOption()).addOption(organisationOption())
  .action((o) => runDemo({ dbPath: o.db, keyFile: o.keyFile, port: o.port, host: o.host, children: Number(o.children), auditCheckpointSeconds: o.auditCheckpointSeconds, organisationName: o.organisation }));

program.command('seed').description('add synthetic demo users and children').addOption(dbOption()).addOption(keyFileOption())
  .option('--children <n>', 'synthetic children to create', '400')
  .action(async (o) => {
    const summary = await runSeed({ dbPath: o.db, keyFile: o.keyFile, children: Number(o.children) });
    console.log(`Seeded ${summary.cases} synthetic cases and ${summary.users.length} demo users (password ${summary.users[0]?.password ?? '-'}).`);
  });

const user = program.command('user').description('manage user accounts');
user.command('create').description('create a user; the password is read from stdin with --password-stdin, else generated and printed once')
  .addOption(dbOption()).addOption(keyFileOption())
  .requiredOption('--username <username>').requiredOption('--name <displayName>')
  .addOption(new Option('--role <role>').choices(roles).makeOptionMandatory())
  .option('--communes <codes>', 'comma-separated commune codes', '')
  .addOption(new Option('--locale <locale>').choices(['en', 'km']).default('en'))
  .option('--password-stdin', 'read the password from standard input', false)
  .action((o) => runUserCreate({
    dbPath: o.db,
    keyFile: o.keyFile,
    passwordFromStdin: o.passwordStdin,
    input: { username: o.username, displayName: o.name, role: o.role, locale: o.locale, communeCodes: o.communes ? String(o.communes).split(',').map((c: string) => c.trim()) : [], password: 'placeholder-replaced' },
  }));

user.command('deactivate').description('deactivate a staff account; its open sessions end at once').addOption(dbOption()).addOption(keyFileOption())
  .requiredOption('--username <username>')
  .action((o) => runUserSetActive({ dbPath: o.db, keyFile: o.keyFile, username: String(o.username).trim().toLowerCase(), active: false }));
user.command('reactivate').description('let a deactivated staff account sign in again').addOption(dbOption()).addOption(keyFileOption())
  .requiredOption('--username <username>')
  .action((o) => runUserSetActive({ dbPath: o.db, keyFile: o.keyFile, username: String(o.username).trim().toLowerCase(), active: true }));
user.command('reset').description('reset a staff password: a temporary one is printed once and must be changed at the next sign-in').addOption(dbOption()).addOption(keyFileOption())
  .requiredOption('--username <username>')
  .action((o) => runUserReset({ dbPath: o.db, keyFile: o.keyFile, username: String(o.username).trim().toLowerCase() }));
user.command('reset-2fa').description('turn two-factor sign-in off for a lost phone: sessions end, and an admin or supervisor sets it up again at the next sign-in').addOption(dbOption()).addOption(keyFileOption())
  .requiredOption('--username <username>')
  .action((o) => runUserResetTwoFactor({ dbPath: o.db, keyFile: o.keyFile, username: String(o.username).trim().toLowerCase() }));

const geo = program.command('geo').description('geography');
geo.command('import <file>').description('import a gazetteer JSON file (provinces, districts, communes, villages)').addOption(dbOption()).addOption(keyFileOption())
  .action((file, o) => runGeoImport({ dbPath: o.db, keyFile: o.keyFile, file }));

program.command('backup <destination>').description('online backup of the database to a new file (encrypted, verified, with its audit checkpoint)').addOption(dbOption()).addOption(keyFileOption())
  .action((destination, o) => runBackup({ dbPath: o.db, keyFile: o.keyFile, destination }));
program.command('restore <source>').description('restore a verified backup into the database path (server must be stopped)').addOption(dbOption()).addOption(keyFileOption())
  .option('--force', 'replace an existing database', false)
  .action((source, o) => runRestore({ dbPath: o.db, keyFile: o.keyFile, source, force: o.force }));
program.command('encrypt').description('encrypt a database made by an earlier release (server must be stopped)').addOption(dbOption()).addOption(keyFileOption())
  .action((o) => runEncrypt({ dbPath: o.db, keyFile: o.keyFile }));

const audit = program.command('audit').description('audit log');
audit.command('verify').description('check the audit log: every entry signed with the key, and the checkpoint outside the database').addOption(dbOption()).addOption(keyFileOption())
  .option('--checkpoint <file>', 'checkpoint to check against (default: beside the database)')
  .action((o) => runAuditVerify({ dbPath: o.db, keyFile: o.keyFile, checkpoint: o.checkpoint }));

function explain(error: unknown): string {
  if (error instanceof DatabaseOpenError || error instanceof DomainError || error instanceof KeyError || error instanceof AuditCheckpointError) return error.message;
  if (error instanceof ZodError) return error.issues.map((i) => `${i.path.join('.') || 'input'}: ${i.message}`).join('\n');
  if (error instanceof Error && 'code' in error && error.code === 'SQLITE_READONLY') return `The database is read-only: ${error.message}`;
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

program.parseAsync(process.argv).catch((error: unknown) => {
  console.error(`kruosar: ${explain(error)}`);
  process.exit(1);
});
