// entities.graph for the chosen types, reloaded when the library changes.
import { useEffect, useState } from 'react';
import { ENTITY_TYPES, type EntityGraph, type EntityType } from '../../../../../shared/domain';
import { api } from '../../../api/client';

export type GraphState = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; graph: EntityGraph };

export function useEntityGraph(types: ReadonlySet<EntityType>, revision: number, attempt: number): GraphState {
  const [state, setState] = useState<GraphState>({ status: 'loading' });
  const key = ENTITY_TYPES.filter((t) => types.has(t)).join(',');
  useEffect(() => {
    const chosen = key ? (key.split(',') as EntityType[]) : [];
    if (chosen.length === 0) {
      setState({ status: 'ready', graph: { nodes: [], edges: [] } });
      return;
    }
    let current = true;
    setState((previous) => (previous.status === 'ready' ? previous : { status: 'loading' }));
    // Every type chosen: ask for everything, so relations to any card are included.
    const input = chosen.length === ENTITY_TYPES.length ? {} : { types: chosen };
    void api.call('entities.graph', input).then((result) => {
      if (!current) return;
      setState(result.ok ? { status: 'ready', graph: result.value } : { status: 'error', message: result.error.message });
    });
    return () => {
      current = false;
    };
  }, [key, revision, attempt]);
  return state;
}
