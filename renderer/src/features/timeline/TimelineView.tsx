import { EmptyPlaceView } from '../../components/EmptyPlaceView';

export function TimelineView(props: { onGoToLibrary: () => void }) {
  return (
    <EmptyPlaceView
      place="Timeline"
      title="No events yet — add one from a passage in the Reader"
      testId="timeline-empty"
      actionLabel="Choose a clipping to read"
      onAction={props.onGoToLibrary}
    >
      <p>
        The Timeline places dated events in order — exact dates or uncertain ones like “mid-2014” — each with the passages
        that are its evidence.
      </p>
    </EmptyPlaceView>
  );
}
