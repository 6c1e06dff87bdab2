// Hive portal build: served at /hive/, and refused if its first-load JavaScript passes 100 KB gzipped.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { bundleBudget } from './build/bundle-budget';

export default defineConfig({
  base: '/hive/',
  plugins: [react(), bundleBudget({ maxGzipBytes: 100_000 })],
  server: { port: 5174, strictPort: true, proxy: { '/api': 'http://127.0.0.1:3000' } },
  preview: { port: 4174 },
  build: {
    target: 'es2020',
    rolldownOptions: {
      // @kruosar/domain is pure (no I/O, no side effects at import): let the bundler drop every module
      // of its barrel the hive does not use. Without this, one value list drags in all schemas and zod.
      treeshake: { moduleSideEffects: (id: string) => !id.includes('/packages/domain/src/') },
    },
  },
});
