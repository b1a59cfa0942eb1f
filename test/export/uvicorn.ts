// Running an exported FastAPI project from a test: unpack its zip, start it with Debian's
// uvicorn on a free port, wait until it answers, and stop it. Shared by the export tests
// under vitest and the browser test.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';

/** Debian's interpreter (CI's); EXPORT_PYTHON=.venv/bin/python checks a pip-installed FastAPI. */
export const PYTHON = process.env['EXPORT_PYTHON'] ?? '/usr/bin/python3';
const APT_PACKAGES = 'python3-fastapi python3-uvicorn python3-numpy python3-pytest python3-httpx';
const STARTUP_MS = 20_000;

/** Throws, saying what to install, unless PYTHON has what the exported projects need. */
export function requirePython(): void {
  const check = spawnSync(PYTHON, ['-c', 'import fastapi, uvicorn, numpy, pytest, httpx'], {
    encoding: 'utf8',
    timeout: 20_000,
  });
  if (check.status !== 0) {
    throw new Error(
      `${PYTHON} cannot import FastAPI, uvicorn, NumPy, pytest and httpx, which this test ` +
        `runs the exported projects with. On Debian (as CI does), install them as root:\n` +
        `  apt-get update && apt-get install -y ${APT_PACKAGES}\n${check.stderr}`,
    );
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port to listen on')),
      );
    });
  });
}

/** Writes the zip's files under `dir`; returns the project's folder. */
export function unpack(zip: Uint8Array, dir: string): string {
  let folder = dir;
  for (const [path, data] of Object.entries(unzipSync(zip))) {
    const target = join(dir, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, data);
    folder = join(dir, path.split('/')[0] ?? '');
  }
  return folder;
}

export interface RunningServer {
  /** Its base URL, e.g. http://127.0.0.1:41234/ */
  url: string;
  /** What uvicorn printed. */
  log: string[];
  stop(): Promise<void>;
}

/** Starts `uvicorn main:app` in `folder` and resolves once GET /api/health answers. */
export async function startUvicorn(folder: string): Promise<RunningServer> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/`;
  const child = spawn(
    PYTHON,
    // A long keep-alive: with uvicorn's 5 s default, a test's fetch could pick up a pooled
    // connection the server was just closing ("other side closed").
    [
      '-m',
      'uvicorn',
      'main:app',
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--timeout-keep-alive',
      '300',
    ],
    { cwd: folder, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const log: string[] = [];
  child.stdout.on('data', (chunk: Buffer) => log.push(chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => log.push(chunk.toString()));
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
      setTimeout(() => child.kill('SIGKILL'), 5_000).unref();
    });
  const deadline = Date.now() + STARTUP_MS;
  while (Date.now() < deadline && child.exitCode === null) {
    try {
      if ((await fetch(`${url}api/health`)).ok) return { url, log, stop };
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  await stop();
  throw new Error(`uvicorn did not answer on ${url} within ${STARTUP_MS} ms:\n${log.join('')}`);
}
