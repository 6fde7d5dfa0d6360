// The command line over the same dispatch as the desktop app and browser mode.
import { parseArgs, UsageError, USAGE, type ParsedArgs } from './args';
import { describeImport, importPaths } from './commands/import';
import { cliClipping, cliSummary, formatClipping, formatList, listAll } from './commands/read';
import { serveUntilStopped } from './commands/serve';
import { cliSuggestion, formatEntities, formatSuggestions, listEntities } from './commands/entities';
import { EVENTS_USAGE, runEvents } from './commands/events';
import { runTimeline, TIMELINE_USAGE } from './commands/timeline-export';
import { NOTES_USAGE, runNotes } from './commands/notes';
import { runRepair } from './commands/repair';
import { runSearch, SEARCH_USAGE } from './commands/search';
import { electronOrNull, startDesktop } from './commands/start';
import { openLibraryForCli, printJson } from './library-session';
import { complain, line, say } from './terminal-text';
import { createClient } from '../../shared/client';

async function run(argv: readonly string[]): Promise<number> {
  let args: ParsedArgs;
  try {
    args = parseArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    return usageError(error.message);
  }
  if (args.options.help) {
    say(USAGE);
    return 0;
  }
  const { command, positionals, options } = args;
  switch (command) {
    case 'import': {
      if (positionals.length === 0) return usageError('import needs at least one file.');
      const core = openLibraryForCli(options);
      if (!core) return 1;
      const reports = await importPaths(core, positionals);
      core.close();
      if (options.json) printJson(reports);
      else {
        for (const report of reports) (report.ok ? say : complain)(`${describeImport(report)}\n`);
        const stored = reports.filter((r) => r.ok && r.id !== null).length;
        say(`${stored} of ${reports.length} files imported.\n`);
      }
      return 0;
    }
    case 'list': {
      if (positionals.length > 0) return usageError('list takes no arguments.');
      const core = openLibraryForCli(options);
      if (!core) return 1;
      const items = await listAll(core);
      core.close();
      if (options.json) printJson(items.map(cliSummary));
      else say(formatList(items));
      return 0;
    }
    case 'show': {
      if (positionals.length !== 1) return usageError('show needs exactly one clipping id.');
      const core = openLibraryForCli(options);
      if (!core) return 1;
      const result = await createClient(core.dispatch).call('clippings.get', { id: positionals[0]! });
      core.close();
      if (!result.ok) return failed(result.error.message);
      if (options.json) printJson(cliClipping(result.value));
      else say(formatClipping(result.value));
      return 0;
    }
    case 'entities': {
      const [sub, ...rest] = positionals;
      if (sub === 'list' && rest.length === 0) {
        const core = openLibraryForCli(options);
        if (!core) return 1;
        const rows = await listEntities(core);
        core.close();
        if (options.json) printJson(rows);
        else say(formatEntities(rows));
        return 0;
      }
      if (sub === 'suggest' && rest.length === 1) {
        const core = openLibraryForCli(options);
        if (!core) return 1;
        const result = await createClient(core.dispatch).call('entities.suggest', { clippingId: rest[0]! });
        core.close();
        if (!result.ok) return failed(result.error.message);
        if (options.json) printJson(result.value.map(cliSuggestion));
        else say(formatSuggestions(result.value));
        return 0;
      }
      return usageError('entities needs "list" or "suggest <clippingId>".');
    }
    case 'notes':
      return (await runNotes(positionals, options)) ?? usageError(NOTES_USAGE);
    case 'events':
      return (await runEvents(positionals, options)) ?? usageError(EVENTS_USAGE);
    case 'timeline':
      return (await runTimeline(positionals, options)) ?? usageError(TIMELINE_USAGE);
    case 'search':
      return (await runSearch(positionals, options)) ?? usageError(SEARCH_USAGE);
    case 'repair':
      if (positionals.length > 0) return usageError('repair takes no arguments.');
      return runRepair(options);
    case 'serve':
    case 'web': {
      if (positionals.length > 0) return usageError(`${command} takes no arguments.`);
      const core = openLibraryForCli(options, { serving: true });
      if (!core) return 1;
      return serveUntilStopped(core, { port: options.port, openBrowser: command === 'web' });
    }
    case 'start': {
      const electron = electronOrNull();
      if (electron) return startDesktop(electron, options.library);
      const core = openLibraryForCli(options, { serving: true });
      if (!core) return 1;
      return serveUntilStopped(core, { port: options.port, openBrowser: true });
    }
    case undefined:
      return usageError('No command given.');
    default:
      return usageError(line`Unknown command "${command}".`);
  }
}

/** A failure the core answered: one line on stderr, exit code 1. */
function failed(message: string): number {
  complain(line`${message}` + '\n');
  return 1;
}

function usageError(message: string): number {
  complain(`${line`${message}`}\n\n${USAGE}`);
  return 1;
}

// A reader that stops early (`| head`) closes the pipe: the command ends there, quietly, instead of
// dying on an unhandled write error with a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(process.exitCode ?? 0);
  });
}

run(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const verbose = process.argv.includes('--verbose') && error instanceof Error;
    complain(verbose ? `${error.stack ?? error.message}\n` : line`${error instanceof Error ? error.message : String(error)}` + '\n');
    process.exitCode = 1;
  },
);
