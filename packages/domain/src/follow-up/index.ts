// Follow-up visits after placements and closures.
export * from './schedule';
export * from './schemas';
