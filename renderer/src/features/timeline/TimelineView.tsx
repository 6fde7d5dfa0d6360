// The Timeline place: events placed in time as precisely as their sources allow, in lanes by card,
// type or tag, filtered, zoomed and panned; an event opens its card with its evidence.
import { useCallback, useMemo, useRef, useState } from 'react';
import type { TimelineEvent, TimelineMark } from '../../../../shared/timeline/types';
import { api } from '../../api/client';
import { useCall } from '../../api/useCall';
import { EmptyPlaceView } from '../../components/EmptyPlaceView';
import { EmptyState } from '../../components/EmptyState';
import { FormError } from '../../components/FormError';
import type { NoticeState } from '../../components/Notice';
import { PlaceHeader } from '../../components/PlaceHeader';
import { countOf } from '../../lib/format';
import { goTo, placeRoute } from '../../lib/routes';
import { EventPanel } from './EventPanel';
import type { FocusedEvent } from './focusNav';
import { groupLanes, undatedOf, type LaneMode } from './laneLayout';
import { TimelineChart } from './TimelineChart';
import { TimelineFilters } from './TimelineFilters';
import { TimelineLegend } from './TimelineLegend';
import { describeFilter, hasFilters, NO_FILTER, toCoreFilter, type TimelineViewFilter } from './timelineFilter';
import { TimelineToolbar } from './TimelineToolbar';
import { UndatedLane } from './UndatedLane';
import { useElementWidth } from './useElementWidth';
import { useRouteEvent } from './useRouteEvent';
import { EVENT_LIMIT, useTimelineData } from './useTimelineData';
import { useTimelineExports } from './useTimelineExports';
import { useTimeWindow } from './useTimeWindow';
import './timeline.css';

export function TimelineView(props: {
  /** The event the route names ("#/timeline/ID"), opened and brought into view. */
  eventId: string | null;
  revision: number;
  onChanged: () => void;
  onNotice: (notice: NoticeState | null) => void;
}) {
  const [filter, setFilter] = useState<TimelineViewFilter>(NO_FILTER);
  const [mode, setMode] = useState<LaneMode>('entity');
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [focus, setFocus] = useState<FocusedEvent | null>(null);
  const coreFilter = useMemo(() => toCoreFilter(filter), [filter]);
  const { list, facets, events, extent } = useTimelineData(coreFilter, props.revision);
  const controls = useTimeWindow(extent);
  const lanes = useMemo(() => groupLanes(events, mode), [events, mode]);
  const undated = useMemo(() => undatedOf(events), [events]);
  const { ref: body, width } = useElementWidth();
  const svgRef = useRef<SVGSVGElement>(null);
  const exports = useTimelineExports(coreFilter, svgRef);
  // Not looked up on every pan and zoom: 10,000 events. The chart has marks only: the card reads its event in full.
  const shown = useMemo(() => selectedId !== null && events.some((event) => event.id === selectedId), [events, selectedId]);
  const full = useCall('events.get', shown ? { id: selectedId! } : null, { refresh: props.revision, failure: 'The event could not be opened' });
  const selected = full.value?.id === selectedId ? full.value : null;
  const openEvent = useCallback((event: TimelineMark) => setSelectedId(event.id), []);
  const clearFilters = useCallback(() => setFilter(NO_FILTER), []);
  useRouteEvent(props.eventId, { events, select: setSelectedId, clearFilters, reveal: controls.reveal });

  const remove = async (event: TimelineEvent) => {
    const result = await api.call('events.delete', { id: event.id });
    if (!result.ok) return props.onNotice({ kind: 'error', message: `The event was not deleted: ${result.error.message}` });
    setSelectedId(null);
    props.onChanged();
    const putBack = async () => {
      const restored = await api.call('events.restore', { id: event.id });
      if (!restored.ok) return props.onNotice({ kind: 'error', message: `The event could not be put back: ${restored.error.message}` });
      props.onNotice(null);
      props.onChanged();
    };
    props.onNotice({ kind: 'info', message: `Event “${event.title}” deleted.`, action: { label: 'Undo', run: () => void putBack() } });
  };

  const nothingYet = facets.value !== null && list.value !== null && list.value.total === 0 && !hasFilters(filter);
  if (nothingYet) {
    return (
      <EmptyPlaceView
        place="Timeline"
        title="No events yet"
        testId="timeline-empty"
        actionLabel="Choose a clipping to read"
        onAction={() => goTo(placeRoute('library'))}
      >
        <p>The Timeline places dated events in order — exact dates or uncertain ones like “mid-2014” — each with the passages that are its evidence.</p>
        <p>
          To add one, open a clipping in the Reader, select the sentence that dates it and choose <strong>Add to timeline…</strong> (key <kbd>t</kbd>).
        </p>
      </EmptyPlaceView>
    );
  }

  const total = list.value?.total ?? null;
  const detail = total === null ? '' : hasFilters(filter) ? `${countOf(total, 'event')} match` : countOf(total, 'event');
  return (
    <div className="tl-view">
      <PlaceHeader title="Timeline" detail={detail} />
      <TimelineFilters filter={filter} facets={facets.value} onChange={setFilter} />
      <TimelineToolbar mode={mode} onMode={setMode} controls={controls} onExport={(format) => void exports.exportAs(format)} exporting={exports.busy} />
      <FormError message={list.error ?? facets.error ?? full.error ?? exports.error} />
      {total !== null && total > events.length && (
        <p className="hint" role="status">
          Showing the first {EVENT_LIMIT.toLocaleString('en-US')} of {countOf(total, 'event')}: narrow the filters to see the others.
        </p>
      )}
      <div className={selected ? 'tl-body tl-with-panel' : 'tl-body'}>
        <div className="tl-main" ref={body}>
          {total === 0 ? (
            <EmptyState
              title="No events match these filters"
              testId="timeline-no-matches"
              actions={
                <button type="button" className="primary" onClick={clearFilters}>
                  Clear filters
                </button>
              }
            >
              <p>No event is {describeFilter(filter)}.</p>
            </EmptyState>
          ) : (
            <>
              {lanes.length > 0 && width > 0 && (
                <TimelineChart
                  lanes={lanes}
                  controls={controls}
                  width={width}
                  focus={focus}
                  setFocus={setFocus}
                  selectedId={selectedId}
                  onOpen={(event) => setSelectedId(event.id)}
                  onClose={() => setSelectedId(null)}
                  svgRef={svgRef}
                />
              )}
              {lanes.length > 0 && <TimelineLegend />}
              <p className="tl-keys hint">Drag or ←/→ to pan · Ctrl+wheel or +/− to zoom · ↓ then arrows to move between events · Enter opens · Esc closes</p>
              <UndatedLane events={undated} selectedId={selectedId} onOpen={openEvent} />
            </>
          )}
        </div>
        {selected && <EventPanel event={selected} onClose={() => setSelectedId(null)} onDelete={(event) => void remove(event)} />}
      </div>
    </div>
  );
}
