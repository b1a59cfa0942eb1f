// `npm run test:engines`: walks journey.mjs in Chromium, Firefox and WebKit, one after the
// other, each in a fresh profile against its own server of the build in dist/ under
// BASE_PATH (/ml-playground/ by default), each bounded in time. ENGINES=firefox,webkit picks
// some. Screenshots of every step land in test-results/engines/<engine>/.
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { startServer } from '../../scripts/serve.mjs';
import * as chromium from './drivers/chromium.mjs';
import * as firefox from './drivers/firefox.mjs';
import * as webkit from './drivers/webkit.mjs';
import { journey } from './journey.mjs';
import { DESKTOP } from './page-actions.mjs';

const DRIVERS = { chromium, firefox, webkit };
const BASE = process.env.BASE_PATH ?? '/ml-playground/';
const FIRST_PORT = 4201;
const ENGINE_TIMEOUT_MS = 240_000;

const chosen = (process.env.ENGINES ?? Object.keys(DRIVERS).join(',')).split(',');
const unknown = chosen.filter((name) => !(name in DRIVERS));
if (unknown.length > 0) {
  console.error(
    `Unknown engine ${unknown.join(', ')}: pick from ${Object.keys(DRIVERS).join(', ')}`,
  );
  process.exit(2);
}

let index;
try {
  index = readFileSync('dist/index.html', 'utf8');
} catch {
  index = '';
}
if (!index.includes(`${BASE}assets/`)) {
  console.error(`dist/ holds no build for ${BASE}: run BASE_PATH=${BASE} npm run build first`);
  process.exit(2);
}

const NEXT_ROOT = 'test-results/engines/next-version';

/** A copy of dist/ as a new deployment changes it (its worker script differs); answers the
 * copy's version. */
function prepareNextVersion() {
  rmSync(NEXT_ROOT, { recursive: true, force: true });
  cpSync('dist', NEXT_ROOT, { recursive: true, filter: (path) => !path.endsWith('.map') });
  const worker = readFileSync(`${NEXT_ROOT}/sw.js`, 'utf8');
  const version = /const VERSION = "([^"]+)";/.exec(worker)?.[1];
  if (!version) throw new Error('dist/sw.js names no VERSION');
  writeFileSync(`${NEXT_ROOT}/sw.js`, worker.replace(version, `${version}-next`));
  return `${version}-next`;
}

/** Serves dist/ on `port`; `deployNextVersion()` serves the next version there instead;
 * `stop()` refuses new connections and drops the open ones. */
async function serveSite(port, nextVersion) {
  let server = await startServer({ basePath: BASE, port });
  const stop = () =>
    new Promise((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  return {
    url: `http://127.0.0.1:${port}${BASE}`,
    stop,
    async deployNextVersion() {
      await stop();
      server = await startServer({ root: NEXT_ROOT, basePath: BASE, port });
      return nextVersion;
    },
  };
}

function deadline(ms, what) {
  let timer;
  const promise = new Promise((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took over ${ms / 1000} s`)), ms);
  });
  return { promise, clear: () => clearTimeout(timer) };
}

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

/** Walks the journey in one engine; answers an error message, or null if it passed. */
async function walk(name, port, nextVersion) {
  const driver = DRIVERS[name];
  const absent = driver.missing();
  if (absent) return `${driver.title} is not installed (${absent}); .ci/run installs it`;
  const shots = `test-results/engines/${name}`;
  rmSync(shots, { recursive: true, force: true });
  mkdirSync(shots, { recursive: true });
  const site = await serveSite(port, nextVersion);
  const started = Date.now();
  const limit = deadline(ENGINE_TIMEOUT_MS, `${name}'s journey`);
  let page = null;
  try {
    const run = (async () => {
      page = await driver.launch({ shots, viewport: DESKTOP });
      const launched = Date.now() - started;
      return { launch: launched, ...(await journey(page, site)) };
    })();
    // A journey given up on still rejects once its browser is closed: nobody waits for it.
    run.catch(() => {});
    const timings = await Promise.race([run, limit.promise]);
    const steps = Object.entries(timings).map(([step, ms]) => `${step} ${seconds(ms)}`);
    console.log(`✓ ${driver.title}: ${seconds(Date.now() - started)} (${steps.join(', ')})`);
    return null;
  } catch (error) {
    await page?.screenshot('failure').catch(() => {});
    return `${driver.title}: ${error instanceof Error ? error.message : String(error)}`;
  } finally {
    limit.clear();
    await page?.close().catch(() => {});
    await site.stop();
  }
}

const nextVersion = prepareNextVersion();
const failures = [];
for (const [offset, name] of chosen.entries()) {
  const failure = await walk(name, FIRST_PORT + offset, nextVersion);
  if (failure) {
    console.error(`✗ ${failure}`);
    failures.push(name);
  }
}
if (failures.length > 0) {
  console.error(
    `The journey failed in ${failures.join(', ')} (screenshots: test-results/engines/)`,
  );
  process.exit(1);
}
