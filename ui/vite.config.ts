import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';

// The Tauri window loads ui/dist from the app binary; the dev server is only for `cargo tauri dev`.
export default defineConfig({
  plugins: [
    svelte({
      // Tests run in vite's server environment, where Svelte would compile server code (no `$effect`):
      // compile for the browser there too.
      dynamicCompileOptions: () => (process.env.VITEST ? { generate: 'client' } : undefined),
    }),
  ],
  clearScreen: false,
  server: { port: 5173, strictPort: true },
  build: {
    outDir: 'dist',
    target: 'safari15',
    // Svelte's output is small; a single chunk keeps the CSP simple and the first paint quick.
    chunkSizeWarningLimit: 800,
  },
  // …and load Svelte's browser runtime (from source and from node_modules alike).
  resolve: process.env.VITEST ? { conditions: ['browser'] } : undefined,
  ssr: process.env.VITEST ? { resolve: { conditions: ['browser'], externalConditions: ['browser'] } } : undefined,
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
  },
});
