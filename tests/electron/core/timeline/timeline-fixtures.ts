// Small builders for timeline tests: events and pages through the core's dispatch, failing the test
// when the core refuses.
import type { TimelineEvent, TimelinePage } from '../../../../shared/timeline/types';
import type { TempCore } from '../../../helpers/entity-fixtures';
import { valueOf } from '../../../helpers/temp-library';

export async function makeEvent(core: TempCore, input: Record<string, unknown>): Promise<TimelineEvent> {
  return valueOf(await core.dispatch('events.create', input)) as TimelineEvent;
}

export async function getEvent(core: TempCore, id: string): Promise<TimelineEvent> {
  return valueOf(await core.dispatch('events.get', { id })) as TimelineEvent;
}

export async function listEvents(core: TempCore, filter: Record<string, unknown> = {}, page: Record<string, unknown> = {}): Promise<TimelinePage> {
  return valueOf(await core.dispatch('events.list', { filter, ...page })) as TimelinePage;
}

/** The titles of a filter's events, in the timeline's order. */
export async function titles(core: TempCore, filter: Record<string, unknown> = {}): Promise<string[]> {
  return (await listEvents(core, filter)).items.map((event) => event.title);
}

export async function call<T>(core: TempCore, method: string, input: unknown): Promise<T> {
  return valueOf(await core.dispatch(method, input)) as T;
}
