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
export * from './assessments';
export * from './case-plans';
export * from './services';
export * from './placements';
export * from './follow-ups';
export * from './referrals';
export * from './closures';
