// Closing cases.
export * from './schemas';
export * from './rules';
