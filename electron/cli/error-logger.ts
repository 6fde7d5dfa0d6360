// Unexpected errors inside the core (a full disk, a bug): dispatch answers them as values, which
// each command prints as one line per failing file, and hands the error itself to this logger.
// The stack trace is for whoever debugs, not for each of 937 files of a batch: only with --verbose.
import type { ErrorLogger } from '../core/dispatch';
import { cleanText, complain, line } from './terminal-text';

export function cliErrorLogger({ verbose, oneLine }: { verbose: boolean; oneLine: boolean }): ErrorLogger {
  return (method, error) => {
    if (verbose) {
      const trace = error instanceof Error ? (error.stack ?? error.message) : String(error);
      complain(`[notebook] ${cleanText(method)} failed:\n${cleanText(trace)}\n`);
    } else if (oneLine) {
      complain(line`[notebook] ${method} failed: ${error instanceof Error ? error.message : String(error)}` + ' (run with --verbose for details)\n');
    }
  };
}
