// Release fixtures are kept as JSON dumps (the schema's statements and every row), not database files: git keeps
// text, and a test or drill makes the old release's database from one before migrating it.
import { readFileSync, writeFileSync } from 'node:fs';
import Database from 'better-sqlite3-multiple-ciphers';

type Cell = string | number | null | { blob: string };
type Dump = {
  /** Every table's CREATE statement, in the order SQLite holds them. */
  tables: string[];
  /** Indexes and triggers, made after the rows are in so the triggers do not fire on old data. */
  afterRows: string[];
  rows: Record<string, { columns: string[]; values: Cell[][] }>;
};

const toCell = (value: unknown): Cell => (Buffer.isBuffer(value) ? { blob: value.toString('base64') } : (value as Cell));
const fromCell = (cell: Cell) => (cell !== null && typeof cell === 'object' ? Buffer.from(cell.blob, 'base64') : cell);

/** Write the schema and every row of the plain SQLite database `databaseFile` to `dumpFile` as JSON. */
export function dumpDatabase(databaseFile: string, dumpFile: string): void {
  const sqlite = new Database(databaseFile, { readonly: true });
  try {
    const schema = sqlite.prepare("select type, name, sql from sqlite_master where sql is not null and name not like 'sqlite_%' order by rowid").all() as { type: string; name: string; sql: string }[];
    if (schema.some((s) => /^create virtual table/i.test(s.sql))) throw new Error('Virtual tables (FTS5) are not dumped: make the fixture from a release before them or extend the dump.');
    const tables = schema.filter((s) => s.type === 'table');
    const rows = Object.fromEntries(
      tables.map(({ name }) => {
        const statement = sqlite.prepare(`select * from "${name}" order by rowid`).raw(true);
        const columns = statement.columns().map((c) => c.name);
        return [name, { columns, values: (statement.all() as unknown[][]).map((row) => row.map(toCell)) }];
      }),
    );
    const dump: Dump = { tables: tables.map((t) => t.sql), afterRows: schema.filter((s) => s.type !== 'table').map((s) => s.sql), rows };
    writeFileSync(dumpFile, `${JSON.stringify(dump)}\n`);
  } finally {
    sqlite.close();
  }
}

/** Write a plain SQLite database at `destination` (which must not exist) from the JSON dump `dumpFile`. */
export function databaseFromDump(dumpFile: string, destination: string): void {
  const dump = JSON.parse(readFileSync(dumpFile, 'utf8')) as Dump;
  const sqlite = new Database(destination);
  try {
    // Tables are listed in the order they were made, not the order their foreign keys need; the data was
    // consistent when dumped.
    sqlite.pragma('foreign_keys = OFF');
    sqlite.transaction(() => {
      for (const sql of dump.tables) sqlite.exec(sql);
      for (const [table, { columns, values }] of Object.entries(dump.rows)) {
        if (values.length === 0) continue;
        const insert = sqlite.prepare(`insert into "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) values (${columns.map(() => '?').join(', ')})`);
        for (const row of values) insert.run(row.map(fromCell));
      }
      for (const sql of dump.afterRows) sqlite.exec(sql);
    })();
  } finally {
    sqlite.close();
  }
}
