// The current name of each mentioned card, fetched once per editor: a mention shows the card as it is
// now (renamed, or deleted), while the note keeps the name it was written with.
import type { LexicalEditor } from 'lexical';
import { useSyncExternalStore } from 'react';
import type { EntityType } from '../../../../../../shared/domain';
import { api } from '../../../../api/client';

export type EntityNameState =
  | { status: 'loading' }
  | { status: 'live'; name: string; type: EntityType }
  | { status: 'deleted' }
  /** Could not be read (merged away, or the core did not answer): the stored name is shown as is. */
  | { status: 'unknown' };

const LOADING: EntityNameState = { status: 'loading' };

export class EntityNameStore {
  private readonly states = new Map<string, EntityNameState>();
  private readonly listeners = new Set<() => void>();

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  get(id: string): EntityNameState {
    const known = this.states.get(id);
    if (known) return known;
    this.states.set(id, LOADING);
    void this.load(id);
    return LOADING;
  }

  /** A card the editor itself just made or picked: no need to ask the core. */
  remember(id: string, name: string, type: EntityType): void {
    this.set(id, { status: 'live', name, type });
  }

  private async load(id: string): Promise<void> {
    const result = await api.call('entities.get', { id });
    if (result.ok) this.set(id, { status: 'live', name: result.value.name, type: result.value.type });
    else this.set(id, result.error.code === 'not_found' ? { status: 'deleted' } : { status: 'unknown' });
  }

  private set(id: string, state: EntityNameState): void {
    this.states.set(id, state);
    for (const listener of this.listeners) listener();
  }
}

const stores = new WeakMap<LexicalEditor, EntityNameStore>();

export function entityNameStore(editor: LexicalEditor): EntityNameStore {
  let store = stores.get(editor);
  if (!store) stores.set(editor, (store = new EntityNameStore()));
  return store;
}

export function useEntityName(editor: LexicalEditor, id: string): EntityNameState {
  const store = entityNameStore(editor);
  return useSyncExternalStore(store.subscribe, () => store.get(id));
}
