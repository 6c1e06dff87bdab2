// Duplicate detection: the same child registered twice, across spellings and scripts.
export * from './jaro-winkler';
export * from './latin';
export * from './khmer';
export * from './names';
export * from './score';
export * from './keys';
