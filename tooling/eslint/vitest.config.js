// Tests of the shared lint config; each ESLint instance builds the Nx project graph once.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: { include: ['*.test.js'], testTimeout: 60_000, pool: 'forks' },
});
