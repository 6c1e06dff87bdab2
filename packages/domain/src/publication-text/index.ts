// Checks on text published to supporters: correction notes and stories.
export * from './places';
export * from './correction-note';
export * from './story-check';
