// entities.graph for the chosen types, reloaded when the library changes.
import { ENTITY_TYPES, type EntityGraph, type EntityType } from '../../../../../shared/domain';
import { useCall } from '../../../api/useCall';

export interface GraphState {
  /** The cards and relations to chart; null until the first answer. */
  graph: EntityGraph | null;
  error: string | null;
  retry: () => void;
}

const NO_GRAPH: EntityGraph = { nodes: [], edges: [] };

export function useEntityGraph(types: ReadonlySet<EntityType>, revision: number): GraphState {
  const chosen = ENTITY_TYPES.filter((t) => types.has(t));
  // Every type chosen: ask for everything, so relations to any card are included.
  const input = chosen.length === 0 ? null : chosen.length === ENTITY_TYPES.length ? {} : { types: chosen };
  const call = useCall('entities.graph', input, { refresh: revision });
  return {
    graph: input === null ? NO_GRAPH : call.value,
    // Trying again hides the last failure while the core is asked.
    error: call.loading ? null : call.error,
    retry: call.reload,
  };
}
