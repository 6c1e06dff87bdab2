import { vitestConfig } from '@kruosar/vitest-config';

// These tests start the real CLI as child processes (tsx compiles it on start): generous on a busy 2-core machine.
export default vitestConfig({ testTimeout: 90_000 });
