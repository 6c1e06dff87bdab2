// Shared Vitest settings: unit tests beside their code, integration tests end in .int.test.ts.
import { defineConfig } from 'vitest/config';

/** @param {{ environment?: 'node' | 'jsdom', testTimeout?: number }} overrides */
export function vitestConfig(overrides = {}) {
  return defineConfig({
    test: {
      include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'test/**/*.test.ts'],
      exclude: ['**/node_modules/**', '**/dist/**', '**/e2e/**'],
      environment: overrides.environment ?? 'node',
      testTimeout: overrides.testTimeout ?? 20_000,
      hookTimeout: overrides.testTimeout ?? 20_000,
      pool: 'forks',
      passWithNoTests: false,
    },
  });
}
