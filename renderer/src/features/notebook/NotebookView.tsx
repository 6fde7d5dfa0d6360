import { EmptyPlaceView } from '../../components/EmptyPlaceView';

export function NotebookView(props: { onGoToLibrary: () => void }) {
  return (
    <EmptyPlaceView
      place="Notebook"
      title="No notes yet — start from the evidence in your Library"
      testId="notebook-empty"
      actionLabel="Open the Library"
      onAction={props.onGoToLibrary}
    >
      <p>
        Briefing notes live here: you write them beside your clippings, and every claim cites the graded passage it rests
        on, so a reader of the brief can trace it back to the source.
      </p>
    </EmptyPlaceView>
  );
}
