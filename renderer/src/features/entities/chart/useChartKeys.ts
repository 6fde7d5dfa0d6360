// The chart from the keyboard: arrow keys pan (Shift for bigger steps), + and − zoom, 0 fits, Enter
// opens the marked card.
import type { KeyboardEvent } from 'react';
import type { ChartModel } from './chartModel';
import type { ChartView } from './useChartView';
import { panBy } from './viewport';

const KEY_PAN = 80;
export const KEY_ZOOM = 1.25;

export function useChartKeys(model: ChartModel, chart: ChartView, onOpenEntity: (id: string) => void) {
  const { setView, zoomCentre, fit, hovered } = chart;
  return (event: KeyboardEvent<HTMLCanvasElement>) => {
    const step = event.shiftKey ? KEY_PAN * 3 : KEY_PAN;
    const pans: Record<string, [number, number]> = { ArrowLeft: [step, 0], ArrowRight: [-step, 0], ArrowUp: [0, step], ArrowDown: [0, -step] };
    const pan = pans[event.key];
    if (pan) setView((current) => current && panBy(current, pan[0], pan[1]));
    else if (event.key === '+' || event.key === '=') zoomCentre(KEY_ZOOM);
    else if (event.key === '-' || event.key === '_') zoomCentre(1 / KEY_ZOOM);
    else if (event.key === '0') fit();
    else if (event.key === 'Enter' && hovered >= 0) onOpenEntity(model.nodes[hovered]!.id);
    else return;
    // Handled here: the place keys (1–6) and the page must not also act on it.
    event.preventDefault();
    event.stopPropagation();
  };
}
