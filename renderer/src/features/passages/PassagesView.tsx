import { EmptyPlaceView } from '../../components/EmptyPlaceView';

export interface PassagesViewProps {
  revision: number;
  onOpenClipping: (clippingId: string, passageId?: string | null) => void;
  onOpenEntity: (id: string) => void;
  onGoToLibrary: () => void;
  onChanged: () => void;
}

export function PassagesView(props: PassagesViewProps) {
  return (
    <EmptyPlaceView
      place="Passages"
      title="No passages yet — select text in the Reader and highlight it"
      testId="passages-empty"
      actionLabel="Choose a clipping to read"
      onAction={props.onGoToLibrary}
    >
      <p>Every passage you mark in any clipping is listed here, with its colour, label, comment and linked entities.</p>
    </EmptyPlaceView>
  );
}
