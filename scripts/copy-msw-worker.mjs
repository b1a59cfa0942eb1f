// Copies the service worker script from the installed msw into public/, so that the
// worker always matches the library version (npm 11 does not run msw's postinstall).
import { copyFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const source = require.resolve('msw/mockServiceWorker.js');
const target = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  'public',
  'mockServiceWorker.js',
);
mkdirSync(dirname(target), { recursive: true });
copyFileSync(source, target);
