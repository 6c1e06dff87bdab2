// Case plans: goals, actions, the child's views and review dates.
export * from './schemas';
export * from './rules';
