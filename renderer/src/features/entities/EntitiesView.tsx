import type { NoticeState } from '../../components/Notice';
import { EmptyPlaceView } from '../../components/EmptyPlaceView';

export interface EntitiesViewProps {
  /** The card to show; null shows the list alone. */
  entityId: string | null;
  /** Show the link chart instead of the cards. */
  chart: boolean;
  /** Bumped after every change to the library. */
  revision: number;
  onOpenEntity: (id: string | null) => void;
  onShowChart: () => void;
  onOpenClipping: (clippingId: string, passageId?: string | null) => void;
  onGoToLibrary: () => void;
  onChanged: () => void;
  onNotice: (notice: NoticeState | null) => void;
}

export function EntitiesView(props: EntitiesViewProps) {
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
