// The graph as the chart draws it: nodes in a stable order (by id, so a rename or a new card does not
// reshuffle the rest), edges as index pairs, and each node's number of relations.
import type { EntityGraph, RelationType } from '../../../../../shared/domain';

export type ChartNode = EntityGraph['nodes'][number];

export interface ChartEdge {
  id: string;
  source: number;
  target: number;
  type: RelationType;
  label: string | null;
}

export interface ChartModel {
  nodes: ChartNode[];
  edges: ChartEdge[];
  degrees: Int32Array;
  indexById: Map<string, number>;
  /** Node indices, most related first: when names would overlap, the better-connected card keeps its name. */
  labelOrder: Int32Array;
}

export function toChartModel(graph: EntityGraph): ChartModel {
  const nodes = [...graph.nodes].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const indexById = new Map(nodes.map((node, index) => [node.id, index]));
  const degrees = new Int32Array(nodes.length);
  const edges: ChartEdge[] = [];
  for (const edge of graph.edges) {
    const source = indexById.get(edge.sourceId);
    const target = indexById.get(edge.targetId);
    // A relation to a card outside the chosen types has nothing to attach to.
    if (source === undefined || target === undefined) continue;
    edges.push({ id: edge.id, source, target, type: edge.type, label: edge.label });
    degrees[source]! += 1;
    degrees[target]! += 1;
  }
  const labelOrder = Int32Array.from(nodes.keys()).sort((a, b) => degrees[b]! - degrees[a]! || a - b);
  return { nodes, edges, degrees, indexById, labelOrder };
}
