// Above the chart: lanes by card, type or tag; zoom out, in and fit all; export CSV, SVG or PNG.
import { ViewSwitch } from '../../components/ViewSwitch';
import type { LaneMode } from './laneLayout';
import type { TimelineExportFormat } from './useTimelineExports';
import type { TimeWindowControls } from './useTimeWindow';

const LANE_LABELS: Record<LaneMode, string> = { entity: 'Cards', type: 'Types', tag: 'Tags' };

export function TimelineToolbar(props: {
  mode: LaneMode;
  onMode: (mode: LaneMode) => void;
  controls: TimeWindowControls;
  onExport: (format: TimelineExportFormat) => void;
  exporting: boolean;
}) {
  const { controls } = props;
  return (
    <div className="tl-toolbar">
      <span className="tl-toolbar-label">Lanes by</span>
      <ViewSwitch label="Lanes by">
        {(Object.keys(LANE_LABELS) as LaneMode[]).map((mode) => (
          <button key={mode} type="button" aria-pressed={props.mode === mode} onClick={() => props.onMode(mode)}>
            {LANE_LABELS[mode]}
          </button>
        ))}
      </ViewSwitch>
      <span className="tl-zoom" role="group" aria-label="Zoom">
        <button type="button" aria-label="Zoom out" title="Zoom out (−)" onClick={() => controls.zoomOut()}>
          −
        </button>
        <button type="button" aria-label="Zoom in" title="Zoom in (+)" onClick={() => controls.zoomIn()}>
          +
        </button>
        <button type="button" title="Show every event (0)" onClick={controls.fit}>
          Fit all
        </button>
      </span>
      <span className="tl-export" role="group" aria-label="Export">
        <span className="tl-toolbar-label">Export</span>
        {(['csv', 'svg', 'png'] as const).map((format) => (
          <button key={format} type="button" disabled={props.exporting} onClick={() => props.onExport(format)}>
            {format.toUpperCase()}
          </button>
        ))}
      </span>
    </div>
  );
}
