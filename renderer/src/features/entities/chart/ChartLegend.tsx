// The chart's key, which is also its filter: a checkbox per entity type (with its colour and how many
// cards are shown), and the line of each relation type.
import { ENTITY_TYPES, RELATION_TYPES, RELATION_TYPE_LABELS, type EntityType, type RelationType } from '../../../../../shared/domain';
import type { ChartModel } from './chartModel';
import { ENTITY_TYPE_PLURAL } from '../../../../../shared/display-words';
import { RELATION_DASH, RELATION_WIDTH, entityColorVar, relationColorVar } from './chartStyle';

export function ChartLegend(props: { types: ReadonlySet<EntityType>; onToggle: (type: EntityType) => void; model: ChartModel | null }) {
  const typeCounts = count(props.model?.nodes.map((n) => n.type) ?? []);
  const relationCounts = count(props.model?.edges.map((e) => e.type) ?? []);
  return (
    <aside className="chart-legend" aria-label="Chart key and filters">
      <fieldset>
        <legend>Cards</legend>
        {ENTITY_TYPES.map((type) => (
          <label key={type} className="chart-type">
            <input type="checkbox" checked={props.types.has(type)} onChange={() => props.onToggle(type)} />
            <span className="chart-swatch" style={{ background: `var(${entityColorVar(type)})` }} aria-hidden="true" />
            <span className="chart-type-name">{ENTITY_TYPE_PLURAL[type]}</span>
            <span className="chart-count">{props.types.has(type) && props.model ? (typeCounts.get(type) ?? 0).toLocaleString('en-US') : ''}</span>
          </label>
        ))}
      </fieldset>
      <section>
        <h2>Relations</h2>
        <ul className="chart-relations">
          {RELATION_TYPES.map((type) => (
            <li key={type}>
              <RelationLine type={type} />
              <span>{RELATION_TYPE_LABELS[type]}</span>
              <span className="chart-count">{props.model ? (relationCounts.get(type) ?? 0).toLocaleString('en-US') : ''}</span>
            </li>
          ))}
        </ul>
        <p className="chart-hint">Lines run from a card to the one it relates to, with an arrowhead there when zoomed in.</p>
      </section>
    </aside>
  );
}

function RelationLine(props: { type: RelationType }) {
  return (
    <svg className="chart-line" width="28" height="8" aria-hidden="true">
      <line
        x1="1"
        y1="4"
        x2="27"
        y2="4"
        style={{ stroke: `var(${relationColorVar(props.type)})` }}
        strokeWidth={RELATION_WIDTH[props.type] + 0.5}
        strokeDasharray={RELATION_DASH[props.type].join(' ') || undefined}
      />
    </svg>
  );
}

function count<T>(values: T[]): Map<T, number> {
  const counts = new Map<T, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}
