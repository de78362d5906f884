import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const root = fileURLToPath(new URL('.', import.meta.url));

// Vendor groups kept in their own chunks so that no single file is huge and
// a console update does not invalidate the cached libraries.
const vendorChunks: Record<string, RegExp> = {
  react: /node_modules\/(react|react-dom|scheduler|react-router|react-router-dom)\//,
  mui: /node_modules\/(@mui|@emotion)\//,
  'react-admin': /node_modules\/(react-admin|ra-[a-z-]+|@tanstack|react-hook-form|lodash)\//,
  recharts: /node_modules\/(recharts|d3-[a-z-]+|victory-vendor|@reduxjs|redux|immer|reselect)\//,
};

export default defineConfig({
  root,
  base: '/',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 800,
    rollupOptions: {
      output: {
        manualChunks(id: string) {
          for (const [name, pattern] of Object.entries(vendorChunks)) {
            if (pattern.test(id)) return name;
          }
          return undefined;
        },
      },
    },
  },
  server: {
    host: '127.0.0.1',
    proxy: { '/api': 'http://127.0.0.1:3000' },
  },
});
