// Build and unit-test configuration. BASE_PATH sets the sub-path the app is served
// under (GitHub Pages serves a project at /<repo>/); it defaults to /.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { appWorker } from './scripts/app-worker-plugin.ts';
import { dependencyPatches } from './scripts/dependency-patches.ts';

function basePath(): string {
  const raw = process.env['BASE_PATH'] ?? '/';
  const withLeading = raw.startsWith('/') ? raw : `/${raw}`;
  return withLeading.endsWith('/') ? withLeading : `${withLeading}/`;
}

export default defineConfig({
  base: basePath(),
  plugins: [
    svelte(),
    dependencyPatches(),
    // The manifest and icons are cached with the app shell; mockServiceWorker.js is
    // imported by the worker script and cached by the browser with it.
    appWorker({
      publicFiles: ['manifest.webmanifest', 'icon.svg', 'icon-192.png', 'icon-512.png'],
    }),
  ],
  // msw's cookie store pulls in tldts; its ES build carries the public-suffix trie
  // unminified (~100 kB gzip here), its own minified ES bundle is the same code at ~45 kB.
  resolve: { alias: { tldts: 'tldts/dist/index.esm.min.js' } },
  // The training worker bundles tfjs on its own; development pre-bundles dependencies.
  worker: { format: 'es', plugins: () => [dependencyPatches()] },
  optimizeDeps: { rolldownOptions: { plugins: [dependencyPatches()] } },
  // tfjs is one ~590 kB chunk by design, loaded only when training or predicting.
  // redoc.html is the #/redoc page's frame; ReDoc's bundle is a file it loads as a script.
  build: {
    target: 'es2022',
    sourcemap: true,
    chunkSizeWarningLimit: 700,
    rolldownOptions: {
      input: {
        main: fileURLToPath(new URL('index.html', import.meta.url)),
        redoc: fileURLToPath(new URL('redoc.html', import.meta.url)),
      },
    },
  },
  define: { __APP_VERSION__: JSON.stringify(process.env['npm_package_version'] ?? '0.0.0') },
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['src/test-setup.ts'],
    testTimeout: 30_000,
  },
});
