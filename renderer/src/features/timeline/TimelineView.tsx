import { EmptyState } from '../../components/EmptyState';
import { PlaceHeader } from '../../components/PlaceHeader';

export function TimelineView(props: { onGoToLibrary: () => void }) {
  return (
    <>
      <PlaceHeader title="Timeline" />
      <EmptyState
        title="No events yet — add one from a passage in the Reader"
        testId="timeline-empty"
        actions={
          <button type="button" className="primary" onClick={props.onGoToLibrary}>
            Choose a clipping to read <kbd>1</kbd>
          </button>
        }
      >
        <p>
          The Timeline places dated events in order — exact dates or uncertain ones like “mid-2014” — each with the
          passages that are its evidence.
        </p>
      </EmptyState>
    </>
  );
}
