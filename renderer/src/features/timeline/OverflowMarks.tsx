// Events a lane had no room for at this zoom, counted where they are; a click zooms in to spread them out.
import type { OverflowCluster } from './laneLayout';

export function OverflowMarks(props: { clusters: OverflowCluster[]; y: number; onZoom: (cluster: OverflowCluster) => void }) {
  return (
    <>
      {props.clusters.map((cluster) => {
        const count = cluster.events.length;
        const width = Math.max(cluster.x1 - cluster.x0, 8 + String(count).length * 7 + 8);
        return (
          <g
            key={cluster.x0}
            className="tl-overflow"
            role="button"
            aria-label={`${count} more ${count === 1 ? 'event' : 'events'} here: zoom in`}
            onClick={() => props.onZoom(cluster)}
          >
            <title>{`${count} more: ${cluster.events
              .slice(0, 5)
              .map((event) => event.title)
              .join('; ')}${count > 5 ? '…' : ''}`}</title>
            <rect x={cluster.x0} y={props.y - 8} width={width} height={16} rx={8} />
            <text x={cluster.x0 + 8} y={props.y} dy="0.35em">
              +{count}
            </text>
          </g>
        );
      })}
    </>
  );
}
