import { EmptyState } from '../../components/EmptyState';
import { PlaceHeader } from '../../components/PlaceHeader';

export function NotebookView(props: { onGoToLibrary: () => void }) {
  return (
    <>
      <PlaceHeader title="Notebook" />
      <EmptyState
        title="No notes yet — start from the evidence in your Library"
        testId="notebook-empty"
        actions={
          <button type="button" className="primary" onClick={props.onGoToLibrary}>
            Open the Library <kbd>1</kbd>
          </button>
        }
      >
        <p>
          Briefing notes live here: you write them beside your clippings, and every claim cites the graded passage it
          rests on, so a reader of the brief can trace it back to the source.
        </p>
      </EmptyState>
    </>
  );
}
