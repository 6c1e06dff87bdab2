// The shared vocabulary of Kruosar: schemas, value lists and pure rules. No I/O.
export * from './errors';
export * from './roles';
export * from './common/schemas';
export * from './common/khmer-digits';
export * from './geography/schemas';
export * from './user/schemas';
export * from './child/schemas';
export * from './household/schemas';
export * from './case/values';
export * from './case/risk';
export * from './case/schemas';
export * from './case/scope';
export * from './hive/schemas';
export * from './case-workflow';
export * from './assessment';
export * from './case-plan';
