// The link chart: every card as a dot coloured by type, every relation as a line styled by type.
// Drawn on a canvas from a precomputed layout, so a thousand cards and three thousand relations pan
// and zoom smoothly. The type checkboxes ask the core for the chosen types only.
import { useMemo, useState } from 'react';
import { ENTITY_TYPES, type EntityType } from '../../../../../shared/domain';
import { EmptyState } from '../../../components/EmptyState';
import { EntityPicker } from '../../../components/EntityPicker';
import { countOf } from '../../../lib/format';
import { ChartCanvas } from './ChartCanvas';
import { ChartLegend } from './ChartLegend';
import { toChartModel } from './chartModel';
import { useChartLayout } from './useChartLayout';
import type { ChartFocus } from './useChartView';
import { useEntityGraph } from './useEntityGraph';
import './chart.css';

const ALL_TYPES: ReadonlySet<EntityType> = new Set(ENTITY_TYPES);

export function LinkChart(props: { revision: number; onOpenEntity: (id: string) => void; onShowCards: () => void }) {
  const [types, setTypes] = useState<ReadonlySet<EntityType>>(ALL_TYPES);
  const [finding, setFinding] = useState(false);
  const [focus, setFocus] = useState<ChartFocus | null>(null);
  const [findNote, setFindNote] = useState<string | null>(null);
  const { graph, error, retry } = useEntityGraph(types, props.revision);
  const model = useMemo(() => (graph ? toChartModel(graph) : null), [graph]);
  const layout = useChartLayout(model);
  const filtered = types.size < ENTITY_TYPES.length;

  const toggle = (type: EntityType) =>
    setTypes((current) => {
      const next = new Set(current);
      if (next.has(type)) next.delete(type);
      else next.add(type);
      return next;
    });

  if (model && model.nodes.length === 0 && !filtered) {
    return (
      <EmptyState
        title="No cards to chart yet — make cards from passages in the Reader, then relate them"
        testId="link-chart-empty"
        actions={
          <button type="button" className="primary" onClick={props.onShowCards}>
            Go to the cards
          </button>
        }
      >
        <p>The chart draws every card as a dot and every relation between two cards as a line, so clusters and go-betweens stand out.</p>
      </EmptyState>
    );
  }

  const summary = model ? `${countOf(model.nodes.length, 'card')} · ${countOf(model.edges.length, 'relation')}` : '';
  let stage;
  if (error) {
    stage = (
      <div className="chart-message" role="alert">
        <p>The chart could not be loaded: {error}</p>
        <button type="button" onClick={retry}>
          Try again
        </button>
      </div>
    );
  } else if (types.size === 0) {
    stage = <ChartMessage text="No card types are chosen. Tick at least one type on the right." onAll={() => setTypes(ALL_TYPES)} />;
  } else if (model && model.nodes.length === 0) {
    stage = <ChartMessage text="No cards of the chosen types." onAll={() => setTypes(ALL_TYPES)} />;
  } else if (model && layout) {
    stage = <ChartCanvas model={model} layout={layout} focus={focus} onOpenEntity={props.onOpenEntity} />;
  } else {
    stage = (
      <div className="chart-message" aria-busy="true">
        <p>{model ? `Laying out ${countOf(model.nodes.length, 'card')}…` : 'Loading the cards…'}</p>
      </div>
    );
  }

  return (
    <div className="link-chart" data-testid="link-chart">
      <div className="chart-toolbar">
        <span className="chart-summary" data-testid="link-chart-summary">
          {summary}
        </span>
        {findNote && (
          <span className="chart-find-note" role="status">
            {findNote}
          </span>
        )}
        <span className="chart-hint">Drag or arrow keys to pan · wheel or +/− to zoom · 0 fits · click a card to open it</span>
        <div className="chart-find">
          <button type="button" aria-expanded={finding} onClick={() => setFinding((open) => !open)} disabled={!model || !layout}>
            Find a card…
          </button>
          {finding && (
            <div className="chart-find-popover">
              <EntityPicker
                label="Find on the chart"
                autoFocus
                onPick={(entity) => {
                  setFinding(false);
                  if (model?.indexById.has(entity.id)) {
                    setFindNote(null);
                    setFocus((current) => ({ id: entity.id, serial: (current?.serial ?? 0) + 1 }));
                  } else {
                    setFindNote(`${entity.name} is not on the chart: its type is not ticked.`);
                  }
                }}
                onCancel={() => setFinding(false)}
              />
            </div>
          )}
        </div>
      </div>
      <div className="chart-stage">{stage}</div>
      <ChartLegend types={types} onToggle={toggle} model={model} />
    </div>
  );
}

function ChartMessage(props: { text: string; onAll: () => void }) {
  return (
    <div className="chart-message">
      <p>{props.text}</p>
      <button type="button" onClick={props.onAll}>
        Show all types
      </button>
    </div>
  );
}
