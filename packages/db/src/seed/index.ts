// Getting data in: gazetteer files for geography, and the synthetic demo.
export * from './gazetteer-file';
export * from './battambang';
export { seedDemo, type DemoSummary, type SeedDemoOptions, type SeedStep } from './demo';
export { DEMO_PASSWORD, demoUsers } from './demo-users';
