import { useState } from 'react';
import type { EntityType } from '../../../../shared/domain';
import { EmptyState } from '../../components/EmptyState';
import type { NoticeState } from '../../components/Notice';
import { PlaceHeader } from '../../components/PlaceHeader';
import { countOf } from '../../lib/format';
import { EntityCardView } from './card/EntityCardView';
import { LinkChart } from './chart/LinkChart';
import { EntityList } from './EntityList';
import { NewEntityDialog } from './NewEntityDialog';
import { useEntityList } from './useEntityList';
import './entities.css';

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

/** The Entities place: the card list beside the open card, or the link chart. */
export function EntitiesView(props: EntitiesViewProps) {
  const [query, setQuery] = useState('');
  const [type, setType] = useState<EntityType | null>(null);
  const [creating, setCreating] = useState(false);
  const list = useEntityList(query, type, props.revision);
  const { onOpenEntity, onChanged } = props;

  const newCardButton = (
    <button type="button" onClick={() => setCreating(true)}>
      New card
    </button>
  );
  const newCardDialog = creating && (
    <NewEntityDialog
      onCancel={() => setCreating(false)}
      onCreated={(card) => {
        setCreating(false);
        onChanged();
        onOpenEntity(card.id);
      }}
    />
  );

  // Until the count is known, only the header: the empty state and the panes must not flash in turn.
  if (list.libraryTotal === null && !props.chart) return <PlaceHeader title="Entities" />;
  if (list.libraryTotal === 0 && !props.chart) {
    return (
      <>
        <PlaceHeader title="Entities" actions={newCardButton} />
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
            Entity cards gather what you know about the people, organisations and places in your clippings: their names and aliases, how they relate, and every
            passage that mentions them. Cards are made from passages you mark in the Reader, or here with New card above.
          </p>
        </EmptyState>
        {newCardDialog}
      </>
    );
  }

  return (
    <div className="entities">
      <PlaceHeader
        title="Entities"
        detail={list.libraryTotal === null ? '' : countOf(list.libraryTotal, 'card')}
        actions={
          <>
            <div className="view-switch" role="group" aria-label="Show">
              <button type="button" aria-pressed={!props.chart} onClick={() => onOpenEntity(props.chart ? null : props.entityId)}>
                Cards
              </button>
              <button type="button" aria-pressed={props.chart} onClick={props.onShowChart}>
                Link chart
              </button>
            </div>
            {newCardButton}
          </>
        }
      />
      {props.chart ? (
        <LinkChart revision={props.revision} onOpenEntity={(id) => onOpenEntity(id)} onShowCards={() => onOpenEntity(null)} />
      ) : (
        <div className="entities-panes">
          <EntityList list={list} query={query} onQueryChange={setQuery} type={type} onTypeChange={setType} openId={props.entityId} onOpen={onOpenEntity} />
          {props.entityId ? (
            <EntityCardView
              entityId={props.entityId}
              revision={props.revision}
              onOpenEntity={onOpenEntity}
              onOpenClipping={props.onOpenClipping}
              onChanged={onChanged}
              onNotice={props.onNotice}
            />
          ) : (
            <div className="card-pane card-pane-message" data-testid="entity-none-open">
              <p>Choose a card on the left, or find one by any of its names. ↑/↓ move through the list.</p>
            </div>
          )}
        </div>
      )}
      {newCardDialog}
    </div>
  );
}
