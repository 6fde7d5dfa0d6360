// events [--from D] [--to D] [--entity ID] | events add "<title>" [--date EDTF] | events suggest <id>,
// and timeline export --csv [--out FILE]. `events --json` prints the TimelinePage items (every event,
// page after page); `events suggest --json` exactly [{ text, start, end, date, sentence }].
import { resolve } from 'node:path';
import { createClient } from '../../../shared/client';
import type { TimelineEvent } from '../../../shared/timeline/types';
import type { CliOptions } from '../args';
import { openLibraryForCli, printJson } from '../library-session';
import { complain, line, say } from '../terminal-text';
import { allPages } from './all-pages';
import { checkTarget, writeWhole } from './notes-export';

export const EVENTS_USAGE = 'events takes no argument, "add <title> [--date EDTF]" or "suggest <clippingId>".';
export const TIMELINE_USAGE = 'timeline needs "export --csv [--out FILE]".';

/** `events suggest --json` rows. */
export interface CliDateSuggestion {
  text: string;
  start: number;
  end: number;
  date: string;
  sentence: string;
}

function fail(message: string): number {
  complain(line`${message}` + '\n');
  return 1;
}

/** The filter the options name; --from, --to and --entity are checked by the core. */
function filterOf(options: CliOptions) {
  return {
    ...(options.from !== undefined ? { from: options.from } : {}),
    ...(options.to !== undefined ? { to: options.to } : {}),
    ...(options.entity !== undefined ? { entityIds: [options.entity] } : {}),
  };
}

/** Runs `events …`; returns the exit code, or null when the arguments are not an events command. */
export async function runEvents(positionals: readonly string[], options: CliOptions): Promise<number | null> {
  const [sub, ...rest] = positionals;
  if (sub === undefined || (sub === 'list' && rest.length === 0)) return listEvents(options);
  if (sub === 'add' && rest.length === 1) return addEvent(rest[0]!, options);
  if (sub === 'suggest' && rest.length === 1) return suggestEvents(rest[0]!, options);
  return null;
}

async function listEvents(options: CliOptions): Promise<number> {
  const core = openLibraryForCli(options);
  if (!core) return 1;
  const api = createClient(core.dispatch);
  try {
    const filter = filterOf(options);
    const first = await api.call('events.list', { filter, limit: 1 });
    if (!first.ok) return fail(first.error.message);
    const events = await allPages((offset, limit) => api.call('events.list', { filter, offset, limit }));
    if (options.json) printJson(events);
    else say(formatEvents(events));
    return 0;
  } finally {
    core.close();
  }
}

async function addEvent(title: string, options: CliOptions): Promise<number> {
  const core = openLibraryForCli(options);
  if (!core) return 1;
  const result = await createClient(core.dispatch).call('events.create', { title, ...(options.date !== undefined ? { date: options.date } : {}) });
  core.close();
  if (!result.ok) return fail(result.error.message);
  if (options.json) printJson(result.value);
  else say(line`Added the event “${result.value.title}” (${result.value.id}), ${whenOf(result.value)}.` + '\n');
  return 0;
}

async function suggestEvents(clippingId: string, options: CliOptions): Promise<number> {
  const core = openLibraryForCli(options);
  if (!core) return 1;
  const api = createClient(core.dispatch);
  const [suggested, clipping] = [await api.call('timeline.suggest', { clippingId }), await api.call('clippings.get', { id: clippingId })];
  core.close();
  if (!suggested.ok) return fail(suggested.error.message);
  if (!clipping.ok) return fail(clipping.error.message);
  const rows: CliDateSuggestion[] = suggested.value.map(({ text, start, end, edtf, sentence }) => ({
    text,
    start,
    end,
    date: edtf,
    sentence: clipping.value.text.slice(sentence.start, sentence.end),
  }));
  if (options.json) printJson(rows);
  else
    say(
      rows.length === 0
        ? 'No dates found in this clipping.\n'
        : rows.map((r) => line`${String(r.start).padStart(6)}  ${r.date.padEnd(12)} ${r.text}`).join('\n') + '\n',
    );
  return 0;
}

/** Runs `timeline export --csv [--out FILE]`; null when the arguments are not a timeline command. */
export async function runTimeline(positionals: readonly string[], options: CliOptions): Promise<number | null> {
  if (positionals.length !== 1 || positionals[0] !== 'export') return null;
  if (!options.csv) return fail('timeline export needs --csv (the only format it writes).');
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
  const writeProblem = writeWhole(target, Buffer.from(result.value.content, 'utf8'));
  if (writeProblem) return fail(writeProblem);
  if (options.json) printJson({ path: target, bytes: Buffer.byteLength(result.value.content) });
  else say(line`Exported the timeline to ${target}.` + '\n');
  return 0;
}

function whenOf(event: TimelineEvent): string {
  const main = event.datings[0];
  return main ? `${main.label} (${main.edtf})` : 'undated';
}

export function formatEvents(events: readonly TimelineEvent[]): string {
  if (events.length === 0) return 'No events on the timeline.\n';
  return (
    events
      .map((event) => {
        const main = event.datings[0];
        const when = (main ? main.edtf : 'undated').padEnd(14);
        const who = event.participants.length > 0 ? ` — ${event.participants.map((card) => card.name).join(', ')}` : '';
        const flags = `${event.kind === 'relation' ? ' [relation]' : ''}${event.conflict ? ' [sources disagree]' : ''}`;
        return line`${when} ${event.title}${who}${flags}`;
      })
      .join('\n') + '\n'
  );
}
