// Export of what the Timeline shows: CSV of the filtered events from the core, SVG and PNG of the chart.
import { useState, type RefObject } from 'react';
import type { TimelineFilter } from '../../../../shared/contract';
import { useAction } from '../../api/useAction';
import { downloadBlob } from '../../lib/downloadBlob';
import { serialiseSvg, svgToPng } from './exportPicture';

export type TimelineExportFormat = 'csv' | 'svg' | 'png';

function pictureName(extension: string): string {
  return `Timeline ${new Date().toISOString().slice(0, 10)}.${extension}`;
}

export function useTimelineExports(filter: TimelineFilter, svgRef: RefObject<SVGSVGElement | null>) {
  const action = useAction();
  const [pictureError, setPictureError] = useState<string | null>(null);

  const exportAs = async (format: TimelineExportFormat) => {
    setPictureError(null);
    if (format === 'csv') {
      const result = await action.run('timeline.export', { filter, format: 'csv' }, 'The timeline could not be exported as CSV');
      if (result.ok) downloadBlob(new Blob([result.value.content], { type: result.value.mimeType }), result.value.fileName);
      return;
    }
    const svg = svgRef.current;
    if (!svg) return setPictureError('There is no chart to export: no dated event is shown.');
    const text = serialiseSvg(svg);
    if (format === 'svg') return downloadBlob(new Blob([text], { type: 'image/svg+xml' }), pictureName('svg'));
    try {
      downloadBlob(await svgToPng(text, svg.width.baseVal.value, svg.height.baseVal.value), pictureName('png'));
    } catch (error) {
      setPictureError(`The picture could not be made: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  return { exportAs, busy: action.busy, error: action.error ?? pictureError };
}
