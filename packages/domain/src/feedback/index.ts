// Children's and families' voices: the child's views at each decision, and feedback and complaints.
export * from './child-voice';
export * from './schemas';
export * from './rules';
