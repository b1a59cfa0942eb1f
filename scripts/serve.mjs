// A static file server for the built app under its base path, as GitHub Pages serves
// it: `BASE_PATH=/ml-playground/ node scripts/serve.mjs` serves dist/ at
// http://127.0.0.1:4173/ml-playground/. Used by `npm run preview`, browser tests and bench.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve as resolvePath } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
};

export function startServer({
  root = 'dist',
  basePath = '/',
  port = 4173,
  host = '127.0.0.1',
} = {}) {
  const base = basePath.endsWith('/') ? basePath : `${basePath}/`;
  const rootDir = resolvePath(root);
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (!path.startsWith(base)) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not Found');
      return;
    }
    let file = normalize(join(rootDir, path.slice(base.length)));
    if (!file.startsWith(rootDir)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not Found');
      return;
    }
    res.writeHead(200, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': 'no-cache',
    });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(port, host, () => resolve(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const basePath = process.env.BASE_PATH ?? '/';
  const port = Number(process.env.PORT ?? 4173);
  await startServer({ basePath, port });
  console.log(`Serving dist/ at http://127.0.0.1:${port}${basePath}`);
}
