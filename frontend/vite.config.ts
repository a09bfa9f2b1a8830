import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vitest/config';

// In development the backend runs on :8000 and Vite on :5173; proxying /api keeps the browser on
// one origin, so REST calls and WebSockets use the same relative URLs as in production, where
// the backend serves the built files itself.
const backendUrl = 'http://127.0.0.1:8000';

export default defineConfig({
  plugins: [vue()],
  server: {
    port: 5173,
    strictPort: true,
    proxy: {
      '/api': { target: backendUrl, ws: true },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
  },
  test: {
    environment: 'happy-dom',
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
  },
});
