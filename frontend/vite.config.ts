import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vitest/config';

// In development the backend runs on PORT (8000) and Vite on VITE_PORT (5173); proxying /api to
// the backend keeps the browser on one origin, so REST calls and WebSockets use the same
// relative URLs as in production, where the backend serves the built files itself.
const backendUrl = `http://127.0.0.1:${process.env.PORT || '8000'}`;
const vitePort = Number(process.env.VITE_PORT || '5173');

export default defineConfig({
  plugins: [vue()],
  server: {
    port: vitePort,
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
