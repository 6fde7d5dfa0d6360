// search "<query>": full-text search over the library, best first. `--json` prints exactly
// [{ kind, id, title, snippet, score }] (scripts parse it; [] when nothing matches); without it a
// readable list. `--limit N` (default 20), `--kind K`. `search --rebuild` rebuilds the index.
import { createClient } from '../../../shared/client';
import { SEARCH_KINDS, type SearchKind } from '../../../shared/search/query-syntax';
import type { SearchHit } from '../../../shared/search/types';
import type { CliOptions } from '../args';
import { openLibraryForCli, printJson } from '../library-session';
import { cleanLine, complain, line, say } from '../terminal-text';

export const SEARCH_USAGE = 'search needs one query in quotes (search "convoy Mosul" [--limit N] [--kind clipping]), or --rebuild alone.';

const DEFAULT_LIMIT = 20;
const MAX_LIMIT = 200;

function parsedLimit(value: string | undefined): number | null {
  if (value === undefined) return DEFAULT_LIMIT;
  const limit = Number(value);
  return /^\d+$/.test(value) && limit >= 1 && limit <= MAX_LIMIT ? limit : null;
}

function formatHits(hits: SearchHit[]): string {
  if (hits.length === 0) return 'Nothing matches.\n';
  return hits.map((hit) => `${cleanLine(hit.kind)}  ${cleanLine(hit.title)}  (${cleanLine(hit.id)})\n    ${cleanLine(hit.snippet)}\n`).join('');
}

/** The exit code, or null when the arguments are not a search (the caller prints the usage). */
export async function runSearch(positionals: string[], options: CliOptions): Promise<number | null> {
  if (options.rebuild) return positionals.length === 0 && options.limit === undefined && options.kind === undefined ? rebuild(options) : null;
  if (positionals.length !== 1) return null;
  const limit = parsedLimit(options.limit);
  if (limit === null) return invalid(`--limit must be a whole number from 1 to ${MAX_LIMIT}, not "${options.limit}".`);
  if (options.kind !== undefined && !(SEARCH_KINDS as readonly string[]).includes(options.kind)) {
    return invalid(`--kind must be one of ${SEARCH_KINDS.join(', ')}, not "${options.kind}".`);
  }
  const core = openLibraryForCli(options);
  if (!core) return 1;
  const kind = options.kind as SearchKind | undefined;
  const result = await createClient(core.dispatch).call('search.query', { query: positionals[0]!, limit, offset: 0, ...(kind ? { kind } : {}) });
  core.close();
  if (!result.ok) return invalid(result.error.message);
  const { hits, hints } = result.value;
  if (options.json) printJson(hits.map(({ kind, id, title, snippet, score }) => ({ kind, id, title, snippet, score })));
  else say(formatHits(hits) + hints.map((hint) => line`${hint}` + '\n').join(''));
  return 0;
}

async function rebuild(options: CliOptions): Promise<number> {
  const core = openLibraryForCli(options);
  if (!core) return 1;
  const result = await createClient(core.dispatch).call('search.rebuild', {});
  core.close();
  if (!result.ok) return invalid(result.error.message);
  if (options.json) printJson(result.value);
  else say(line`Rebuilt the search index: ${result.value.items} ${result.value.items === 1 ? 'item' : 'items'} in ${result.value.ms} ms.` + '\n');
  return 0;
}

function invalid(message: string): number {
  complain(line`${message}` + '\n');
  return 1;
}
