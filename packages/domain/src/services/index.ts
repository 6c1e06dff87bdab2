// Services delivered to children and families.
export * from './schemas';
