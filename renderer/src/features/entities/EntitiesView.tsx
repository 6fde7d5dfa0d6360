import { EmptyState } from '../../components/EmptyState';
import { PlaceHeader } from '../../components/PlaceHeader';

export function EntitiesView(props: { onGoToLibrary: () => void }) {
  return (
    <>
      <PlaceHeader title="Entities" />
      <EmptyState
        title="No entity cards yet — link a passage to a person, organisation or place"
        testId="entities-empty"
        actions={
          <button type="button" className="primary" onClick={props.onGoToLibrary}>
            Choose a clipping to read <kbd>1</kbd>
          </button>
        }
      >
        <p>
          Entity cards gather what you know about the people, organisations and places in your clippings: their names and
          aliases, how they relate, and every passage that mentions them. Cards are made from passages you mark in the Reader.
        </p>
      </EmptyState>
    </>
  );
}
