import { KEY_ZOOM } from './useChartKeys';
import type { ChartView } from './useChartView';

/** Zoom in, zoom out and Fit, for a mouse without a wheel; they name their keys. */
export function ChartZoomButtons(props: { chart: ChartView }) {
  const { zoomCentre, fit } = props.chart;
  return (
    <div className="chart-zoom" role="group" aria-label="Zoom">
      <button type="button" onClick={() => zoomCentre(KEY_ZOOM)} aria-label="Zoom in" title="Zoom in (+)">
        +
      </button>
      <button type="button" onClick={() => zoomCentre(1 / KEY_ZOOM)} aria-label="Zoom out" title="Zoom out (−)">
        −
      </button>
      <button type="button" onClick={fit} title="Show the whole chart (0)">
        Fit
      </button>
    </div>
  );
}
