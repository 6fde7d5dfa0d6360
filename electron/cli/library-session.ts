// Opens the library a command works on, or explains in one line why it cannot.
import { homedir } from 'node:os';
import { openCore, type Core } from '../core/core';
import { LibraryError } from '../core/db/library-errors';
import { resolveLibraryPath } from '../core/paths';
import type { CliOptions } from './args';

export function openLibraryForCli(options: CliOptions): Core | null {
  const path = resolveLibraryPath(options.library, process.platform, process.env, homedir());
  try {
    return openCore(path);
  } catch (error) {
    if (!(error instanceof LibraryError)) throw error;
    process.stderr.write(`${error.message}\n`);
    return null;
  }
}

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}
