// Staff portal build: served by the server at /staff/; in development /api goes to the local server.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  base: '/staff/',
  plugins: [react()],
  server: { port: 5173, strictPort: true, proxy: { '/api': 'http://127.0.0.1:3000' } },
  preview: { port: 4173 },
  build: { target: 'es2022' },
});
