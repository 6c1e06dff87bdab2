// The `kruosar` command: start the platform, seed demo data, manage users, import geography, back up.
import { Command, Option } from 'commander';
import { DomainError, roles } from '@kruosar/domain';
import { DatabaseOpenError } from '@kruosar/db';
import { ZodError } from 'zod';
import { defaultDbPath } from './config';
import { runAuditVerify, runBackup, runDemo, runGeoImport, runRestore, runSeed, runStart, runUserCreate, runUserReset, runUserSetActive } from './commands';

const program = new Command('kruosar').description('Kruosar: case management and community platform for family-based care').showHelpAfterError();
const dbOption = () => new Option('--db <path>', 'SQLite database file').default(defaultDbPath());
const portOption = () => new Option('--port <port>', 'port to listen on').default('3000');
const hostOption = () => new Option('--host <host>', 'address to listen on').default('127.0.0.1');

program.command('start').description('start the server on an existing database').addOption(dbOption()).addOption(portOption()).addOption(hostOption())
  .option('--secure-cookies', 'mark session cookies Secure (behind HTTPS)', false)
  .action((o) => runStart({ dbPath: o.db, port: o.port, host: o.host, secureCookies: o.secureCookies }));

program.command('demo').description('create or reuse a demo database with synthetic data, then start').addOption(dbOption()).addOption(portOption()).addOption(hostOption())
  .option('--children <n>', 'synthetic children to create in a new demo database', '400')
  .action((o) => runDemo({ dbPath: o.db, port: o.port, host: o.host, children: Number(o.children) }));

program.command('seed').description('add synthetic demo users and children').addOption(dbOption())
  .option('--children <n>', 'synthetic children to create', '400')
  .action(async (o) => {
    const summary = await runSeed({ dbPath: o.db, children: Number(o.children) });
    console.log(`Seeded ${summary.cases} synthetic cases and ${summary.users.length} demo users (password ${summary.users[0]?.password ?? '-'}).`);
  });

const user = program.command('user').description('manage user accounts');
user.command('create').description('create a user; the password is read from stdin with --password-stdin, else generated and printed once')
  .addOption(dbOption())
  .requiredOption('--username <username>').requiredOption('--name <displayName>')
  .addOption(new Option('--role <role>').choices(roles).makeOptionMandatory())
  .option('--communes <codes>', 'comma-separated commune codes', '')
  .addOption(new Option('--locale <locale>').choices(['en', 'km']).default('en'))
  .option('--password-stdin', 'read the password from standard input', false)
  .action((o) => runUserCreate({
    dbPath: o.db,
    passwordFromStdin: o.passwordStdin,
    input: { username: o.username, displayName: o.name, role: o.role, locale: o.locale, communeCodes: o.communes ? String(o.communes).split(',').map((c: string) => c.trim()) : [], password: 'placeholder-replaced' },
  }));

user.command('deactivate').description('deactivate a staff account; its open sessions end at once').addOption(dbOption())
  .requiredOption('--username <username>')
  .action((o) => runUserSetActive({ dbPath: o.db, username: String(o.username).trim().toLowerCase(), active: false }));
user.command('reactivate').description('let a deactivated staff account sign in again').addOption(dbOption())
  .requiredOption('--username <username>')
  .action((o) => runUserSetActive({ dbPath: o.db, username: String(o.username).trim().toLowerCase(), active: true }));
user.command('reset').description('reset a staff password: a temporary one is printed once and must be changed at the next sign-in').addOption(dbOption())
  .requiredOption('--username <username>')
  .action((o) => runUserReset({ dbPath: o.db, username: String(o.username).trim().toLowerCase() }));

const geo = program.command('geo').description('geography');
geo.command('import <file>').description('import a gazetteer JSON file (provinces, districts, communes, villages)').addOption(dbOption())
  .action((file, o) => runGeoImport({ dbPath: o.db, file }));

program.command('backup <destination>').description('online backup of the database to a new file').addOption(dbOption())
  .action((destination, o) => runBackup({ dbPath: o.db, destination }));
program.command('restore <source>').description('restore a backup into the database path (server must be stopped)').addOption(dbOption())
  .option('--force', 'replace an existing database', false)
  .action((source, o) => runRestore({ dbPath: o.db, source, force: o.force }));

const audit = program.command('audit').description('audit log');
audit.command('verify').description('check the audit log hash chain').addOption(dbOption()).action((o) => runAuditVerify({ dbPath: o.db }));

function explain(error: unknown): string {
  if (error instanceof DatabaseOpenError || error instanceof DomainError) return error.message;
  if (error instanceof ZodError) return error.issues.map((i) => `${i.path.join('.') || 'input'}: ${i.message}`).join('\n');
  if (error instanceof Error && 'code' in error && error.code === 'SQLITE_READONLY') return `The database is read-only: ${error.message}`;
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

program.parseAsync(process.argv).catch((error: unknown) => {
  console.error(`kruosar: ${explain(error)}`);
  process.exit(1);
});
