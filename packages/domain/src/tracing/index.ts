// Bringing children home: institutions, family tracing, matching and reintegration.
export * from './schemas';
export * from './rules';
export * from './matching';
