// Hive portal build: served at /hive/, installable and usable offline, and refused if its first-load JavaScript
// passes 100 KB gzipped.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { bundleBudget, precompress } from '@kruosar/vite-config';

export default defineConfig({
  base: '/hive/',
  plugins: [
    react(),
    VitePWA({
      strategies: 'generateSW',
      // main.tsx registers /hive/sw.js itself after load: no workbox-window in the first load.
      injectRegister: false,
      includeManifestIcons: false, // globPatterns has them already
      manifest: {
        name: 'សំបុកឃ្មុំភូមិ · Kruosar',
        short_name: 'សំបុកឃ្មុំភូមិ',
        description: 'ចុះបញ្ជីតម្រូវការរបស់កុមារ និងគ្រួសារក្នុងឃុំ។',
        lang: 'km',
        dir: 'ltr',
        start_url: '/hive/',
        scope: '/hive/',
        display: 'standalone',
        orientation: 'portrait',
        background_color: '#ffffff',
        theme_color: '#00796a',
        icons: [
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
          // The drawing keeps to the middle 80%, so one file serves as the maskable (adaptive) icon too.
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          { src: 'icon.svg', sizes: 'any', type: 'image/svg+xml' },
        ],
      },
      workbox: {
        // The app shell: every script, the styles, the Khmer font (woff2 only: every browser that runs a service
        // worker reads it), the page and the icons. Nothing from /api: needs and statuses are never kept by the
        // worker (the villages list is kept by the app itself, see features/needs/villages.ts).
        globPatterns: ['**/*.{js,css,html,woff2,svg,png,webmanifest}'],
        navigateFallback: 'index.html',
        navigateFallbackDenylist: [/^\/api\//],
        cleanupOutdatedCaches: true,
        // A new version takes over once every hive window is closed, not under a screen that may still fetch
        // the old version's chunks; the first install controls the page at once.
        clientsClaim: true,
        skipWaiting: false,
      },
    }),
    // Counted as the staff portal's is: the entry plus the largest lazy screen (My reports), 112 KB gzipped today.
    bundleBudget({ portal: 'hive', maxGzipBytes: 115_000 }),
    precompress(),
  ],
  server: { port: 5174, strictPort: true, proxy: { '/api': 'http://127.0.0.1:3000' } },
  preview: { port: 4174 },
  build: {
    target: 'es2020',
    // Every browser that runs the hive preloads modules natively; the polyfill would cost first-load bytes.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      // @kruosar/domain is pure (no I/O, no side effects at import): let the bundler drop every module of its
      // barrel the hive does not use. Without this, one value list drags in all schemas and zod. @trpc's
      // modules are pure too; without it the WebSocket link, which the hive never uses, stays in.
      treeshake: { moduleSideEffects: (id: string) => !id.includes('/packages/domain/src/') && !id.includes('/@trpc/') },
    },
  },
});
