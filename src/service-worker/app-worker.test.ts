// The app's worker relies on three things inside MSW's worker script, which it imports: the
// top-level `activeClientIds` set, the CLIENT_CLOSED message that would unregister the
// worker, and the global `sendToClient` through which each request waits for the page. A new
// msw version that changes any of them must fail here, not in a browser.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const msw = readFileSync(require.resolve('msw/mockServiceWorker.js'), 'utf8');
const ours = readFileSync(new URL('./app-worker.js', import.meta.url), 'utf8');

describe('the app worker and the MSW worker it imports', () => {
  it('finds what it relies on in MSW’s worker', () => {
    expect(msw).toMatch(/^const activeClientIds = new Set\(\)$/m);
    expect(msw).toMatch(/case 'CLIENT_CLOSED': \{[^}]*activeClientIds\.delete\(clientId\)/s);
    expect(msw).toContain('self.registration.unregister()');
    expect(msw).toMatch(/^function sendToClient\(client, message, transferrables = \[\]\) \{$/m);
    expect(msw).toMatch(
      /const clientMessage = await sendToClient\(\s*client,\s*\{\s*type: 'REQUEST'/,
    );
  });

  it('registers its listeners before importing MSW’s, so that they run first', () => {
    const imported = ours.indexOf("importScripts('./mockServiceWorker.js')");
    expect(imported).toBeGreaterThan(ours.lastIndexOf("self.addEventListener('"));
  });

  it('has each placeholder the build fills in exactly once', () => {
    for (const name of ['VERSION', 'SHELL', 'LAZY']) {
      expect(ours.split(`= __${name}__;`)).toHaveLength(2);
    }
  });
});
