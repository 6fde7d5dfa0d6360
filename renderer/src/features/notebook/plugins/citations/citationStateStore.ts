// The present state of cited passages, per editor. Requests made in the same tick go to the core as
// one passages.citations call, so opening a note with 200 citations asks once, not 200 times.
import type { LexicalEditor } from 'lexical';
import { useSyncExternalStore } from 'react';
import type { CitationState } from '../../../../../../shared/domain';
import { api } from '../../../../api/client';

export class CitationStateStore {
  private readonly states = new Map<string, CitationState | 'loading'>();
  private readonly listeners = new Set<() => void>();
  private pending = new Set<string>();
  private version = 0;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Bumps whenever any state arrives, for views that read many at once. */
  getVersion = (): number => this.version;

  /** The known state, or null while it is being fetched (the fetch starts here). */
  get(passageId: string): CitationState | null {
    const known = this.states.get(passageId);
    if (known === undefined) this.request(passageId);
    return known === undefined || known === 'loading' ? null : known;
  }

  /** Fetches again, e.g. after the analyst came back from deleting a passage elsewhere. */
  refresh(passageIds: Iterable<string>): void {
    for (const id of passageIds) this.request(id);
  }

  private request(passageId: string): void {
    if (!this.states.has(passageId)) this.states.set(passageId, 'loading');
    if (this.pending.size === 0) queueMicrotask(() => void this.flush());
    this.pending.add(passageId);
  }

  private async flush(): Promise<void> {
    const ids = [...this.pending];
    this.pending = new Set();
    for (let i = 0; i < ids.length; i += 5000) {
      const result = await api.call('passages.citations', { ids: ids.slice(i, i + 5000) });
      if (!result.ok) continue;
      for (const state of result.value) this.states.set(state.passageId, state);
    }
    this.version++;
    for (const listener of this.listeners) listener();
  }
}

const stores = new WeakMap<LexicalEditor, CitationStateStore>();

export function citationStateStore(editor: LexicalEditor): CitationStateStore {
  let store = stores.get(editor);
  if (!store) stores.set(editor, (store = new CitationStateStore()));
  return store;
}

export function useCitationState(editor: LexicalEditor, passageId: string): CitationState | null {
  const store = citationStateStore(editor);
  return useSyncExternalStore(store.subscribe, () => store.get(passageId));
}
