import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  root: 'src/web',
  plugins: [react()],
  // One chunk for now: React, Mantine, TanStack and zod (shared form/server schemas) are ~160 kB gzipped and all
  // needed on the first screen. Split by route when feature screens make it worth it.
  build: { outDir: '../../dist/web', emptyOutDir: true, sourcemap: true, chunkSizeWarningLimit: 800 },
  server: { proxy: { '/api': 'http://127.0.0.1:3000' } },
});
