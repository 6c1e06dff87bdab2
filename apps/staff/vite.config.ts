// Staff portal build: served by the server at /staff/; in development /api goes to the local server.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { bundleBudget, precompress } from '@kruosar/vite-config';

const isPure = (id: string) =>
  id.includes('/packages/domain/src/') || id.includes('/@trpc/') || (id.includes('/packages/ui/src/') && !id.endsWith('.css')) || id.endsWith('.json');

export default defineConfig({
  base: '/staff/',
  plugins: [
    react(),
    // The target is 150 KB of JavaScript for a route's first load; measured as in tooling/vite/bundle-budget.js
    // (entry + the language shown + the heaviest route with the lazy part it shows at once) it is 270 KB today:
    // entry 139 KB (React DOM alone 65, react-query, tRPC, i18next, Radix Themes with its tooltip layer), Khmer
    // strings 36 KB, and the case page with its plan tab 95 KB (zod, react-hook-form and Radix Select for the forms
    // it shows open). The budget holds that line; what is left to win is in the
    // heaviest tabs' forms and staff.json.
    bundleBudget({ portal: 'staff', maxGzipBytes: 275_000, languageChunks: /\/i18n\/staff-(english|khmer)\.ts$/ }),
    precompress(),
  ],
  server: { port: 5173, strictPort: true, proxy: { '/api': 'http://127.0.0.1:3000' } },
  preview: { port: 4173 },
  build: {
    target: 'es2022',
    rolldownOptions: {
      // As in the hive: @kruosar/domain and @trpc are pure at import, so the bundler may drop what a chunk does not use.
      // So are @kruosar/ui's modules (not its CSS) and JSON: without this, whatever its barrel re-exports (the sign-in
      // form with react-hook-form and zod, the supporters' strings) is reached statically and joins the entry.
      treeshake: { moduleSideEffects: (id: string) => !isPure(id) },
    },
  },
});
