// A child process for the open-race tests: it loads the core once, then for each line "open PATH"
// on stdin opens that library, closes it and answers one JSON line. Two of these, told at the same
// moment, race to create or upgrade one library.
import { createInterface } from 'node:readline';
import { openLibrary } from '../../../../electron/core/db/open-library';
import { LibraryError } from '../../../../electron/core/db/library-errors';

export interface OpenAnswer {
  ok: boolean;
  version: number | null;
  problem: string | null;
  message: string | null;
}

function open(path: string): OpenAnswer {
  try {
    const library = openLibrary(path);
    const version = library.db.pragma('user_version', { simple: true }) as number;
    library.close();
    return { ok: true, version, problem: null, message: null };
  } catch (error) {
    const problem = error instanceof LibraryError ? error.problem : 'thrown';
    return { ok: false, version: null, problem, message: (error as Error).message };
  }
}

const lines = createInterface({ input: process.stdin });
lines.on('line', (line) => {
  if (!line.startsWith('open ')) return;
  process.stdout.write(`${JSON.stringify(open(line.slice('open '.length)))}\n`);
});
process.stdout.write('ready\n');
