// A stand-in for Chromium, first on PATH: `web` finds it and starts it, and it only writes down
// the argv it was given, which is what `ps` would show every local user.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';

export interface FakeBrowser {
  /** Environment for `startServing('web', …)`: this fake on PATH and a display to open on. */
  env: NodeJS.ProcessEnv;
  /** The arguments the browser was started with, once it has been. */
  argv(): Promise<string[]>;
}

export function installFakeBrowser(dir: string): FakeBrowser {
  const bin = join(dir, 'fake-browser-bin');
  mkdirSync(bin, { recursive: true });
  const argvFile = join(dir, 'fake-browser-argv.txt');
  writeFileSync(join(bin, 'chromium'), `#!/bin/sh\nprintf '%s\\n' "$@" > '${argvFile}.tmp' && mv '${argvFile}.tmp' '${argvFile}'\n`, { mode: 0o755 });
  return {
    env: { PATH: `${bin}:${process.env.PATH ?? ''}`, DISPLAY: ':99' },
    async argv() {
      await expect.poll(() => existsSync(argvFile), { timeout: 30_000 }).toBe(true);
      return readFileSync(argvFile, 'utf8').replace(/\n$/, '').split('\n');
    },
  };
}
