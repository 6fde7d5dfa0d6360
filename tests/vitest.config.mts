import { defineConfig } from 'vitest/config';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');

export default defineConfig({
  test: {
    root,
    // Two files at once on 2 cores: an e2e file (one at a time, below) waits on Chromium while a
    // unit file runs beside it; vitest's default here is one file at a time for the whole suite.
    maxWorkers: 2,
    projects: [
      {
        test: {
          name: 'unit',
          root,
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/e2e/**', 'node_modules/**'],
          environment: 'node',
          globalSetup: ['tests/helpers/cli-global-setup.ts'],
          // CLI tests start real processes; on a loaded 2-core machine each takes seconds.
          testTimeout: 90_000,
        },
      },
      {
        test: {
          name: 'e2e',
          root,
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          // Chromium is heavy on 2 cores: one e2e file at a time (two timed out once on a loaded machine).
          fileParallelism: false,
          // expect.poll waits for a visible state; vitest's 1 s default is too short on a loaded machine.
          expect: { poll: { timeout: 20_000 } },
        },
      },
    ],
  },
});
