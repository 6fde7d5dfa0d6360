// events [--from D] [--to D] [--entity ID] | events list | events add "<title>" [--date EDTF] |
// events suggest <id> | events export. `events --json` and `events list --json` print exactly
// [{ id, title, date, earliest, latest, participants, place, evidence }] (ids of cards and passages),
// every event page after page; `events suggest --json` exactly [{ text, start, end, date, sentence }].
import { createClient } from '../../../shared/client';
import type { TimelineEvent } from '../../../shared/timeline/types';
import type { CliOptions } from '../args';
import { openLibraryForCli, printJson } from '../library-session';
import { line, say } from '../terminal-text';
import { cliEvent, fail, readEvents } from './event-rows';
import { exportEvents } from './timeline-export';

export const EVENTS_USAGE = 'events takes no argument, "list", "add <title> [--date EDTF]", "suggest <clippingId>" or "export --format csv|json --out FILE".';

/** `events suggest --json` rows. */
export interface CliDateSuggestion {
  text: string;
  start: number;
  end: number;
  date: string;
  sentence: string;
}

/** Runs `events …`; returns the exit code, or null when the arguments are not an events command. */
export async function runEvents(positionals: readonly string[], options: CliOptions): Promise<number | null> {
  const [sub, ...rest] = positionals;
  if (sub === undefined || (sub === 'list' && rest.length === 0)) return listEvents(options);
  if (sub === 'export' && rest.length === 0) return exportEvents(options);
  if (sub === 'add' && rest.length === 1) return addEvent(rest[0]!, options);
  if (sub === 'suggest' && rest.length === 1) return suggestEvents(rest[0]!, options);
  return null;
}

/** `events [list]`: one line per event, or with --json the CliEvent rows. */
async function listEvents(options: CliOptions): Promise<number> {
  const events = await readEvents(options);
  if (typeof events === 'string') return events === '' ? 1 : fail(events);
  if (!options.json) say(formatEvents(events));
  else printJson(events.map(cliEvent));
  return 0;
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
