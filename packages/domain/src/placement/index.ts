// Placements: where a child lives, and reunification.
export * from './schemas';
export * from './rules';
