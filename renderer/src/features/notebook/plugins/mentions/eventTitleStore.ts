// The current title and date of each mentioned event, fetched once per editor: a mention shows the
// event as it is now (retitled, redated, or deleted), while the note keeps what it was written with.
import type { LexicalEditor } from 'lexical';
import { useSyncExternalStore } from 'react';
import type { TimelineEvent } from '../../../../../../shared/timeline/types';
import { api } from '../../../../api/client';

export type EventTitleState =
  | { status: 'loading' }
  | { status: 'live'; title: string; label: string | null }
  | { status: 'deleted' }
  /** Could not be read (the core did not answer): the stored title is shown as is. */
  | { status: 'unknown' };

const LOADING: EventTitleState = { status: 'loading' };

export class EventTitleStore {
  private readonly states = new Map<string, EventTitleState>();
  private readonly listeners = new Set<() => void>();

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  get(id: string): EventTitleState {
    const known = this.states.get(id);
    if (known) return known;
    this.states.set(id, LOADING);
    void this.load(id);
    return LOADING;
  }

  /** An event the menu just gave: no need to ask the core. */
  remember(id: string, title: string, label: string | null): void {
    this.set(id, { status: 'live', title, label });
  }

  private async load(id: string): Promise<void> {
    const result = await api.call('events.get', { id });
    if (result.ok) this.set(id, liveState(result.value));
    else this.set(id, result.error.code === 'not_found' ? { status: 'deleted' } : { status: 'unknown' });
  }

  private set(id: string, state: EventTitleState): void {
    this.states.set(id, state);
    for (const listener of this.listeners) listener();
  }
}

function liveState(event: TimelineEvent): EventTitleState {
  return { status: 'live', title: event.title, label: event.datings[0]?.label ?? null };
}

const stores = new WeakMap<LexicalEditor, EventTitleStore>();

export function eventTitleStore(editor: LexicalEditor): EventTitleStore {
  let store = stores.get(editor);
  if (!store) stores.set(editor, (store = new EventTitleStore()));
  return store;
}

export function useEventTitle(editor: LexicalEditor, id: string): EventTitleState {
  const store = eventTitleStore(editor);
  return useSyncExternalStore(store.subscribe, () => store.get(id));
}
