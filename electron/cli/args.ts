// Command-line parsing: options may stand before or after the positional arguments.

export interface CliOptions {
  library: string | undefined;
  json: boolean;
  port: number | undefined;
  help: boolean;
  /** Print the stack trace of an unexpected error (by default: one line per failure). */
  verbose: boolean;
  /** notes export: md, html, docx or pdf; events export: csv or json. */
  format?: string | undefined;
  /** notes export, timeline export: the file to write. */
  out?: string | undefined;
  /** events: the first and last day (partial dates), and a card the events involve. */
  from?: string | undefined;
  to?: string | undefined;
  entity?: string | undefined;
  /** events add: the event's date (EDTF). */
  date?: string | undefined;
  /** timeline export: write CSV. */
  csv?: boolean;
  /** search: how many results (a positive whole number, as typed), which kind, rebuild the index instead. */
  limit?: string | undefined;
  kind?: string | undefined;
  rebuild?: boolean;
}

export interface ParsedArgs {
  command: string | undefined;
  positionals: string[];
  options: CliOptions;
}

export class UsageError extends Error {}

const VALUE_OPTIONS = new Set(['--library', '--port', '--format', '--out', '--from', '--to', '--entity', '--date', '--limit', '--kind']);
const FLAG_OPTIONS = new Set(['--json', '--csv', '--rebuild', '--verbose', '--help', '-h']);

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const options: CliOptions = { library: undefined, json: false, port: undefined, help: false, verbose: false };
  const words: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      words.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      words.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    if (FLAG_OPTIONS.has(name)) {
      if (eq > 0) throw new UsageError(`${name} takes no value.`);
      if (name === '--json') options.json = true;
      else if (name === '--csv') options.csv = true;
      else if (name === '--rebuild') options.rebuild = true;
      else if (name === '--verbose') options.verbose = true;
      else options.help = true;
      continue;
    }
    if (!VALUE_OPTIONS.has(name)) throw new UsageError(`Unknown option ${name}.`);
    const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
    if (value === undefined || value === '') throw new UsageError(`${name} needs a value.`);
    if (name === '--library') options.library = value;
    else if (name === '--format') options.format = value;
    else if (name === '--out') options.out = value;
    else if (name === '--from') options.from = value;
    else if (name === '--to') options.to = value;
    else if (name === '--entity') options.entity = value;
    else if (name === '--date') options.date = value;
    else if (name === '--limit') options.limit = value;
    else if (name === '--kind') options.kind = value;
    else options.port = parsePort(value);
  }
  return { command: words[0], positionals: words.slice(1), options };
}

function parsePort(value: string): number {
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65535) throw new UsageError(`--port must be a number from 0 to 65535, not "${value}".`);
  return port;
}

export const USAGE = `Research Notebook — command line

Usage: npm run --silent cli -- <command> [arguments] [options]

Commands:
  import <path…>   add files (.txt .md .html .htm .pdf .docx) or every file in folders
  list             list the clippings in the library
  show <id>        print one clipping
  entities list    list the entity cards
  entities suggest <id>   suggest the people, organisations and places in a clipping
  notes list       list the notes, most recently changed first
  notes import <file.md>  add a Markdown file as a note ([[Name]] mentions the card so named)
  notes export <id> --format md|html|docx|pdf --out FILE   write a note to a file
  events [--from D] [--to D] [--entity ID]   list the timeline's events (dated relations included) in time order
  events list      the same, --json as rows with the ids of cards and passages
  events add "<title>" [--date EDTF]         add an event to the timeline
  events suggest <id>   suggest the dated statements in a clipping
  events export --format csv|json --out FILE write the events to a file
  timeline export --csv [--out FILE]         write the timeline (or --from/--to/--entity of it) as CSV, to stdout without --out
  search "<query>" [--limit N] [--kind K]   full-text search, best first (--json: [{ kind, id, title, snippet, score }])
  search --rebuild rebuild the search index from the library's rows
  repair           rebuild the derived tables (note links, duplicate and full-text indexes, the days of timeline dates) from their sources
  serve            start browser mode and print its address (never opens a browser)
  web              start browser mode and open it in a browser when one is found
  start            open the desktop app, or browser mode where Electron is absent

Options:
  --library PATH   the library file (default: NOTEBOOK_LIBRARY, else the desktop app's library)
  --json           print exactly one JSON document on stdout
  --port N         the port for serve/web (default: a free one)
  --from D, --to D the first and last day of the events (2014, 2014-06 or 2014-06-25)
  --entity ID      only events this card takes part in (or is the place of)
  --date EDTF      an event's date: 2014-06-25, 2014-06, 2014, 2014-21 (spring), 201X, 2014~, 2014?, 2013/2014, ../2013
  --limit N        search: how many results (default 20, at most 200)
  --kind K         search: only clipping, passage, note, card or event
  --verbose        print the full stack trace of an unexpected error (by default one line per failing file)
  -h, --help       this text
`;
