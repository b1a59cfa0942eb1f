// WebKit (Safari's engine) for the cross-engine journey: Debian's WebKitGTK MiniBrowser,
// driven by selenium-webdriver through WebKitWebDriver, on an Xvfb display of its own (the
// MiniBrowser has no headless mode). The driver cannot read the console: the journey relies
// on the page's own record of errors (src/error-recorder.ts).
import { spawn } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Builder, By } from 'selenium-webdriver';
import { findFreePort } from 'selenium-webdriver/net/portprober.js';
import { DriverService } from 'selenium-webdriver/remote/index.js';

const DRIVER_PATH = '/usr/bin/WebKitWebDriver';
const BROWSER_PATH = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const XVFB_PATH = '/usr/bin/Xvfb';
// A broken setup hangs at session creation rather than failing.
const SESSION_TIMEOUT_MS = 30_000;

export const title = 'WebKitGTK MiniBrowser (selenium-webdriver, WebKitWebDriver, Xvfb)';

export function missing() {
  const absent = [DRIVER_PATH, BROWSER_PATH, XVFB_PATH].filter((path) => !existsSync(path));
  return absent.length === 0
    ? null
    : `${absent.join(', ')} missing: apt-get install webkit2gtk-driver xvfb`;
}

/** Starts Xvfb on the first free display; answers the process and its display (":N"). */
function startXvfb() {
  const xvfb = spawn(
    XVFB_PATH,
    ['-displayfd', '3', '-screen', '0', '1400x1000x24', '-nolisten', 'tcp'],
    { stdio: ['ignore', 'ignore', 'ignore', 'pipe'] },
  );
  return new Promise((resolve, reject) => {
    let written = '';
    xvfb.stdio[3].on('data', (chunk) => {
      written += String(chunk);
      if (written.includes('\n')) resolve({ xvfb, display: `:${written.trim()}` });
    });
    xvfb.on('error', reject);
    xvfb.on('exit', (code) => reject(new Error(`Xvfb exited with code ${code}`)));
  });
}

function withTimeout(promise, ms, what) {
  let timer;
  const timeout = new Promise((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took over ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** A fresh profile's tab, as the journey's EnginePage, plus `close`. */
export async function launch({ shots, viewport }) {
  const { xvfb, display } = await startXvfb();
  const port = await findFreePort();
  const service = new DriverService(DRIVER_PATH, {
    loopback: true,
    port,
    args: [`--port=${port}`],
    env: { ...process.env, DISPLAY: display },
  });
  const stop = async () => {
    await service.kill();
    xvfb.kill();
  };
  let driver;
  try {
    const url = await service.start(SESSION_TIMEOUT_MS);
    driver = await withTimeout(
      new Builder()
        .usingServer(url)
        .withCapabilities({
          browserName: 'MiniBrowser',
          'webkitgtk:browserOptions': { binary: BROWSER_PATH, args: ['--automation'] },
        })
        .build(),
      SESSION_TIMEOUT_MS,
      'WebKitWebDriver session creation',
    );
    await driver.manage().window().setRect(viewport);
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    goto: (url) => driver.get(url),
    reload: () => driver.navigate().refresh(),
    evaluate: (fn, arg) => driver.executeScript(fn, arg),
    click: (selector) => driver.findElement(By.css(selector)).click(),
    // The window's size: MiniBrowser under automation draws no toolbar around the page.
    resize: (size) => driver.manage().window().setRect(size),
    screenshot: async (name) =>
      writeFileSync(join(shots, `${name}.png`), await driver.takeScreenshot(), 'base64'),
    consoleProblems: () => [],
    close: async () => {
      await withTimeout(driver.quit(), SESSION_TIMEOUT_MS, 'closing WebKit').catch(() => {});
      await stop();
    },
  };
}
