import { ENTITY_TYPE_NAME } from '../../../../../shared/display-words';
import { countOf } from '../../../lib/format';
import type { ChartModel } from './chartModel';
import type { Layout } from './layout';
import { nodeRadius, toScreen, type View } from './viewport';

/** The marked card's name, type and number of relations, beside its dot. */
export function ChartTooltip(props: { model: ChartModel; layout: Layout; view: View | null; index: number }) {
  const { model, layout, view, index } = props;
  const node = index >= 0 ? model.nodes[index] : undefined;
  if (!node || !view) return null;
  const at = toScreen(view, layout.xs[index]!, layout.ys[index]!);
  const degree = model.degrees[index]!;
  return (
    <div className="chart-tooltip" role="tooltip" style={{ left: at.x + nodeRadius(view, degree) + 8, top: at.y - 12 }}>
      <strong>{node.name}</strong>
      <span>
        {node.otherLabel ?? ENTITY_TYPE_NAME[node.type]} · {countOf(degree, 'relation')}
      </span>
    </div>
  );
}
