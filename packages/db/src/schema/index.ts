// Every table, one a file; drizzle-kit generates the migrations from this list.
export * from './geo-units';
export * from './users';
export * from './sessions';
export * from './audit-log';
export * from './children';
export * from './households';
export * from './cases';
export * from './hive-needs';
export * from './impact-snapshots';
