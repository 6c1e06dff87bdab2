// Persistence for Kruosar: drizzle schema, migrations, client factory and repositories.
export * from './client';
export * from './clock';
export * as schema from './schema/index';
export * from './repositories/audit';
export * from './repositories/users';
export * from './repositories/sessions';
export * from './repositories/geography';
export * from './repositories/cases';
export * from './repositories/versioned';
export * from './repositories/needs';
export * from './repositories/hive-triage';
export * from './repositories/hive-facts';
export * from './repositories/hive-communes';
export * from './repositories/hive-records';
export * from './repositories/impact';
export * from './backup';
export * from './seed/index';
