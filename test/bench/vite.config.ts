// Builds the benchmark page (test/bench/page) with the app's own Vite configuration, so
// that it measures the same code the app ships.
import { fileURLToPath } from 'node:url';
import { mergeConfig } from 'vitest/config';
import appConfig from '../../vite.config';

export default mergeConfig(appConfig, {
  root: fileURLToPath(new URL('./page', import.meta.url)),
  base: '/bench/',
  publicDir: fileURLToPath(new URL('../../public', import.meta.url)),
  build: {
    outDir: fileURLToPath(new URL('../../dist-bench', import.meta.url)),
    emptyOutDir: true,
    // The bench page alone: a string replaces the app's pages (an object would be merged).
    rolldownOptions: { input: fileURLToPath(new URL('./page/index.html', import.meta.url)) },
  },
});
