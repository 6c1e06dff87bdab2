// Merging two records of the same child (or household): which fields differ, the plan, and when an undo is safe.
export * from './schemas';
export * from './rules';
