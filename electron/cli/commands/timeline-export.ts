// events export --format csv|json --out FILE and timeline export --csv [--out FILE]: the same
// timeline.export CSV the app downloads (to stdout when no --out), or the `events list` rows as JSON.
import { resolve } from 'node:path';
import { createClient } from '../../../shared/client';
import type { CliOptions } from '../args';
import { openLibraryForCli, printJson } from '../library-session';
import { line, say } from '../terminal-text';
import { cliEvent, fail, filterOf, readEvents } from './event-rows';
import { checkTarget, writeWhole } from './notes-export';

export const TIMELINE_USAGE = 'timeline needs "export --csv [--out FILE]".';

/** `events export --format csv|json --out FILE`: the timeline.export CSV, or the CliEvent rows as JSON. */
export async function exportEvents(options: CliOptions): Promise<number> {
  if (options.format === 'csv') return exportCsv({ ...options, csv: true }, true);
  if (options.format !== 'json') return fail(options.format ? `Unknown format "${options.format}": choose csv or json.` : '--format is required: csv or json.');
  if (!options.out) return fail('--out FILE is required: the file to write the events to.');
  const target = resolve(options.out);
  const targetProblem = checkTarget(target);
  if (targetProblem) return fail(targetProblem);
  const events = await readEvents(options);
  if (typeof events === 'string') return events === '' ? 1 : fail(events);
  return wrote(target, `${JSON.stringify(events.map(cliEvent), null, 2)}\n`, options);
}

/** Runs `timeline export --csv [--out FILE]`; null when the arguments are not a timeline command. */
export async function runTimeline(positionals: readonly string[], options: CliOptions): Promise<number | null> {
  if (positionals.length !== 1 || positionals[0] !== 'export') return null;
  return exportCsv(options, false);
}

async function exportCsv(options: CliOptions, needsOut: boolean): Promise<number> {
  if (!options.csv) return fail('timeline export needs --csv (the only format it writes).');
  if (needsOut && !options.out) return fail('--out FILE is required: the file to write the events to.');
  const target = options.out === undefined ? null : resolve(options.out);
  const targetProblem = target === null ? null : checkTarget(target);
  if (targetProblem) return fail(targetProblem);
  const core = openLibraryForCli(options);
  if (!core) return 1;
  const result = await createClient(core.dispatch).call('timeline.export', { filter: filterOf(options), format: 'csv' });
  core.close();
  if (!result.ok) return fail(result.error.message);
  if (target === null) {
    process.stdout.write(result.value.content);
    return 0;
  }
  return wrote(target, result.value.content, options);
}

function wrote(target: string, content: string, options: CliOptions): number {
  const bytes = Buffer.from(content, 'utf8');
  const writeProblem = writeWhole(target, bytes);
  if (writeProblem) return fail(writeProblem);
  if (options.json) printJson({ path: target, bytes: bytes.length });
  else say(line`Exported the timeline to ${target} (${bytes.length} bytes).` + '\n');
  return 0;
}
