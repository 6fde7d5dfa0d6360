// What the events commands share: the filter the options name, every event of it, and the
// `events list --json` row (cards and passages by id).
import { createClient } from '../../../shared/client';
import type { TimelineEvent } from '../../../shared/timeline/types';
import { eventSpan } from '../../core/timeline/timeline-csv';
import type { CliOptions } from '../args';
import { openLibraryForCli } from '../library-session';
import { complain, line } from '../terminal-text';
import { allPages } from './all-pages';

/** `events list --json` rows: the cards and passages by id. */
export interface CliEvent {
  id: string;
  title: string;
  /** The main dating's EDTF, null when undated. */
  date: string | null;
  earliest: string | null;
  latest: string | null;
  participants: string[];
  place: string | null;
  evidence: string[];
}

/** A failure: one line on stderr, exit code 1. */
export function fail(message: string): number {
  complain(line`${message}` + '\n');
  return 1;
}

/** The filter the options name; --from, --to and --entity are checked by the core. */
export function filterOf(options: CliOptions) {
  return {
    ...(options.from !== undefined ? { from: options.from } : {}),
    ...(options.to !== undefined ? { to: options.to } : {}),
    ...(options.entity !== undefined ? { entityIds: [options.entity] } : {}),
  };
}

/** Every event of the options' filter, or the core's message when the filter is refused. */
export async function readEvents(options: CliOptions): Promise<TimelineEvent[] | string> {
  const core = openLibraryForCli(options);
  if (!core) return '';
  const api = createClient(core.dispatch);
  try {
    const filter = filterOf(options);
    const first = await api.call('events.list', { filter, limit: 1 });
    if (!first.ok) return first.error.message;
    return await allPages((offset, limit) => api.call('events.list', { filter, offset, limit }));
  } finally {
    core.close();
  }
}

export function cliEvent(event: TimelineEvent): CliEvent {
  const evidence = [...event.datings.flatMap((dating) => dating.evidence), ...event.evidence].map((passage) => passage.id);
  return {
    id: event.id,
    title: event.title,
    date: event.datings[0]?.edtf ?? null,
    ...eventSpan(event),
    participants: event.participants.map((card) => card.id),
    place: event.place?.id ?? null,
    evidence: [...new Set(evidence)],
  };
}
