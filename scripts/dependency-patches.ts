// Vite plugin that patches three spots in bundled dependencies that put errors on the
// console: two feature probes that try to evaluate code, which the page's content security
// policy refuses (the libraries catch the refusal and carry on, but Firefox prints each one),
// and a promise that msw leaves unhandled.
import type { Plugin } from 'vite';

interface Patch {
  /** The dependency's file. */
  file: RegExp;
  /** What to change. If it is no longer there (the dependency changed), the build fails. */
  find: RegExp;
  replacement: string;
}

const PATCHES: Patch[] = [
  // long.js (inside tfjs) compiles a tiny WebAssembly module for 64-bit multiply and divide,
  // and falls back to plain JavaScript, with the same results, when it cannot. Without
  // 'wasm-unsafe-eval' it never can, so it starts from the fallback.
  {
    file: /\/node_modules\/long\/src\/long\.js$/,
    find: /try \{\s*wasm = new WebAssembly\.Instance\([\s\S]*?\} catch \(e\) \{[^}]*\}/,
    replacement: '',
  },
  // @stdlib's continued fractions and series ask whether generators exist by evaluating one.
  // The build targets ES2022, where they always do, and Node answers yes in the unit tests:
  // the browser takes the tested path.
  {
    file: /\/node_modules\/@stdlib\/assert-has-generator-support\/lib\/main\.js$/,
    find: /var evil = require\( '@stdlib\/utils-eval' \);[\s\S]*function hasGeneratorSupport\(\) \{[\s\S]*?\n\}/,
    replacement: 'function hasGeneratorSupport() { return true; }',
  },
  // msw asks the browser for a newer worker script on every start and drops the promise.
  // Offline that check fails, as it should (the cached app keeps running), and the rejection
  // lands on the console: Firefox prints it even when an unhandledrejection listener calls
  // preventDefault, so it is handled where it is made.
  {
    file: /\/node_modules\/msw\/lib\/browser\/index\.mjs$/,
    find: /existingRegistration\.update\(\);/,
    replacement: 'existingRegistration.update().catch(() => {});',
  },
];

export function dependencyPatches(): Plugin {
  return {
    name: 'dependency-patches',
    transform: {
      filter: { id: PATCHES.map((patch) => patch.file) },
      handler(code, id) {
        const patch = PATCHES.find(({ file }) => file.test(id));
        if (!patch) return null;
        if (!patch.find.test(code)) {
          this.error(`dependency-patches: what to patch is no longer in ${id}`);
        }
        return { code: code.replace(patch.find, patch.replacement), map: null };
      },
    },
  };
}
