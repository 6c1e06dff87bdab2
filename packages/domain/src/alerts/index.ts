// Notifications, mail settings and the rules of alerts.
export * from './schemas';
export * from './rules';
