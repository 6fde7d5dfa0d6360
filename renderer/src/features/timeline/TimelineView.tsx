import { EmptyPlaceView } from '../../components/EmptyPlaceView';
import { goTo, placeRoute } from '../../lib/routes';

export function TimelineView() {
  return (
    <EmptyPlaceView
      place="Timeline"
      title="No events yet — add one from a passage in the Reader"
      testId="timeline-empty"
      actionLabel="Choose a clipping to read"
      onAction={() => goTo(placeRoute('library'))}
    >
      <p>The Timeline places dated events in order — exact dates or uncertain ones like “mid-2014” — each with the passages that are its evidence.</p>
    </EmptyPlaceView>
  );
}
