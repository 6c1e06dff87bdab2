// Inserts for bulk loads (the seed): one prepared statement per table and column set, values mapped as drizzle maps
// them. Building a drizzle query costs more than SQLite's insert itself, so 100,000 children would spend minutes there.
import type Database from 'better-sqlite3-multiple-ciphers';
import { getTableColumns, getTableName } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Db } from './client';

export type RowInserter<T extends SQLiteTable> = (row: T['$inferInsert']) => void;

/** A function that inserts one row of `table`; columns left out take the table's defaults, as with drizzle. */
export function rowInserter<T extends SQLiteTable>(db: Db, table: T): RowInserter<T> {
  const columns = getTableColumns(table) as Record<string, SQLiteColumn>;
  const statements = new Map<string, { statement: Database.Statement; keys: string[] }>();
  const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;
  return (row) => {
    const values = row as Record<string, unknown>;
    const keys = Object.keys(columns).filter((k) => values[k] !== undefined);
    const signature = keys.join(',');
    let prepared = statements.get(signature);
    if (!prepared) {
      const names = keys.map((k) => quote(columns[k]!.name)).join(', ');
      const statement = db.$client.prepare(`insert into ${quote(getTableName(table))} (${names}) values (${keys.map(() => '?').join(', ')})`);
      prepared = { statement, keys };
      statements.set(signature, prepared);
    }
    prepared.statement.run(prepared.keys.map((k) => {
      const value = values[k];
      return value === null ? null : (columns[k]!.mapToDriverValue(value) as unknown);
    }));
  };
}

/** Insert rows into any table, one cached inserter per table: `const insert = bulkInserts(tx); insert(cases, row)`. */
export function bulkInserts(db: Db) {
  const inserters = new Map<SQLiteTable, (row: unknown) => void>();
  return <T extends SQLiteTable>(table: T, row: T['$inferInsert']) => {
    let inserter = inserters.get(table);
    if (!inserter) {
      inserter = rowInserter(db, table) as (row: unknown) => void;
      inserters.set(table, inserter);
    }
    inserter(row);
  };
}
