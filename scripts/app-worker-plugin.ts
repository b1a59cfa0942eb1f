// Vite plugin that builds the app's service worker (src/service-worker/app-worker.js) as
// `sw.js` at the base: in a build, with the list of files to cache (the boot shell, and
// everything else) and a version that changes whenever any file does; in development, with
// no lists, so that nothing is cached and MSW alone answers.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin, Rollup } from 'vite';

const TEMPLATE = fileURLToPath(new URL('../src/service-worker/app-worker.js', import.meta.url));
const WORKER_FILE = 'sw.js';

function fill(version: string, shell: string[] | null, lazy: string[] | null): string {
  return readFileSync(TEMPLATE, 'utf8')
    .replace('= __VERSION__;', `= ${JSON.stringify(version)};`)
    .replace('= __SHELL__;', `= ${JSON.stringify(shell)};`)
    .replace('= __LAZY__;', `= ${JSON.stringify(lazy)};`);
}

/** The entry chunk and everything it imports statically, with their CSS. */
function bootFiles(bundle: Rollup.OutputBundle): Set<string> {
  const boot = new Set<string>();
  const visit = (name: string) => {
    const chunk = bundle[name];
    if (!chunk || boot.has(name)) return;
    boot.add(name);
    if (chunk.type !== 'chunk') return;
    for (const css of chunk.viteMetadata?.importedCss ?? []) boot.add(css);
    for (const imported of chunk.imports) visit(imported);
  };
  for (const [name, output] of Object.entries(bundle)) {
    if (output.type === 'chunk' && output.isEntry) visit(name);
  }
  return boot;
}

/** `publicFiles`: files of public/ to cache with the shell. */
export function appWorker({ publicFiles }: { publicFiles: string[] }): Plugin {
  let base = '/';
  return {
    name: 'app-worker',
    configResolved(config) {
      base = config.base;
    },
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        if (request.url?.split('?')[0] !== `${base}${WORKER_FILE}`) return next();
        response.setHeader('Content-Type', 'text/javascript; charset=utf-8');
        response.end(fill('dev', null, null));
      });
    },
    // After Vite's own generateBundle, which drops chunks that held only CSS.
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const names = Object.keys(bundle).filter((name) => !name.endsWith('.map'));
        const boot = bootFiles(bundle);
        const shell = [
          './',
          ...publicFiles,
          ...names.filter((n) => boot.has(n) && n !== 'index.html'),
        ];
        const lazy = names.filter((n) => !boot.has(n) && n !== 'index.html');
        const hash = createHash('sha256');
        for (const [name, output] of Object.entries(bundle).sort(([a], [b]) =>
          a.localeCompare(b),
        )) {
          hash.update(name).update(output.type === 'chunk' ? output.code : output.source);
        }
        for (const file of publicFiles) hash.update(file);
        this.emitFile({
          type: 'asset',
          fileName: WORKER_FILE,
          source: fill(hash.digest('hex').slice(0, 16), shell, lazy),
        });
      },
    },
  };
}
