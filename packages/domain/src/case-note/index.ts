// Case notes and who may read them.
export * from './schemas';
export * from './access';
