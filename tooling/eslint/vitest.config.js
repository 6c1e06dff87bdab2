// Tests of the shared lint config: real ESLint runs over snippets placed in each package.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: { include: ['*.test.js'], testTimeout: 60_000, pool: 'forks' },
});
