// Assessments against the Child Status Index.
export * from './values';
export * from './schemas';
export * from './rules';
