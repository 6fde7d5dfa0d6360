import { defineConfig } from 'vitest/config';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');

// Two unit files at a time: much of a unit file's time is spent waiting on a child process (the CLI,
// a worker), so two keep both CI cores busy; vitest's own default on 2 cores is one.
const UNIT_FILES_AT_ONCE = 2;

export default defineConfig({
  test: {
    root,
    projects: [
      {
        test: {
          name: 'unit',
          root,
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/e2e/**', 'node_modules/**'],
          environment: 'node',
          globalSetup: ['tests/helpers/cli-global-setup.ts'],
          maxWorkers: UNIT_FILES_AT_ONCE,
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
          // Chromium is heavy on 2 cores: one e2e file at a time, after the unit files. Two at a time
          // was tried on a loaded machine: virtualised-library timed out in 1 of 2 runs, so not yet.
          fileParallelism: false,
          // expect.poll waits for a visible state; vitest's 1 s default is too short on a loaded machine.
          expect: { poll: { timeout: 20_000 } },
        },
      },
    ],
  },
});
