// Supporters portal build: served by the server at /supporters/; in development /api goes to the local server.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { precompress } from '@kruosar/vite-config';

export default defineConfig({
  base: '/supporters/',
  plugins: [react(), precompress()],
  server: { port: 5175, strictPort: true, proxy: { '/api': 'http://127.0.0.1:3000' } },
  preview: { port: 4175 },
  build: { target: 'es2022' },
});
