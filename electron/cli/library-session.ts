// Opens the library a command works on, or explains in one line why it cannot.
import { homedir } from 'node:os';
import { openCore, type Core } from '../core/core';
import { LibraryError } from '../core/db/library-errors';
import { resolveLibraryPath } from '../core/paths';
import type { CliOptions } from './args';
import { cliErrorLogger } from './error-logger';
import { complain, jsonForTerminal, line } from './terminal-text';

/** `serving`: browser mode, where no command prints a failed call, so the logger says it in one line. */
export function openLibraryForCli(options: CliOptions, { serving = false } = {}): Core | null {
  const path = resolveLibraryPath(options.library, process.platform, process.env, homedir());
  try {
    return openCore(path, { logError: cliErrorLogger({ verbose: options.verbose, oneLine: serving }), fillPhraseIndex: serving });
  } catch (error) {
    if (!(error instanceof LibraryError)) throw error;
    complain(line`${error.message}` + '\n');
    return null;
  }
}

/** `--json`: exactly one document on stdout; values as stored (JSON escapes them). */
export function printJson(value: unknown): void {
  process.stdout.write(`${jsonForTerminal(value)}\n`);
}
