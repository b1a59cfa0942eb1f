// The exported FastAPI projects, run for real: `npm run test:export`. Apart from the unit
// tests because it needs Debian's Python packages (the test says which when they are missing).
import { defineConfig } from 'vitest/config';
import base from '../../vite.config.ts';

export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: ['test/export/**/*.test.ts'],
    testTimeout: 60_000,
    // Training two models and starting two servers, on a machine that may be busy.
    hookTimeout: 120_000,
  },
});
