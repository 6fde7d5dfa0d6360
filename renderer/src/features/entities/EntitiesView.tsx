import { EmptyPlaceView } from '../../components/EmptyPlaceView';

export function EntitiesView(props: { onGoToLibrary: () => void }) {
  return (
    <EmptyPlaceView
      place="Entities"
      title="No entity cards yet — link a passage to a person, organisation or place"
      testId="entities-empty"
      actionLabel="Choose a clipping to read"
      onAction={props.onGoToLibrary}
    >
      <p>
        Entity cards gather what you know about the people, organisations and places in your clippings: their names and
        aliases, how they relate, and every passage that mentions them. Cards are made from passages you mark in the Reader.
      </p>
    </EmptyPlaceView>
  );
}
