// The case workflow: stages, approvals, dates and the field builders the workflow forms share.
export * from './calendar';
export * from './fields';
export * from './stages';
export * from './approval';
