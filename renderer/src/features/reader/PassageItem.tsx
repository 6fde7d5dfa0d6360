import { useState } from 'react';
import type { Passage } from '../../../../shared/domain';
import { EntityPicker } from '../../components/EntityPicker';
import { FormError } from '../../components/FormError';
import { NotesCitingPassage } from '../../components/NotesCitingPassage';
import { entityRoute, goTo } from '../../lib/routes';
import type { EntityChoice } from './passageActions';
import { PASSAGE_COLOR_NAMES } from './passageColors';
import { PassageForm, type PassageFormValues } from './PassageForm';

export interface PassageItemActions {
  onSelect: (passage: Passage) => void;
  /** Only the fields the analyst changed. */
  onUpdate: (passage: Passage, changed: Partial<PassageFormValues>) => Promise<string | null>;
  onLink: (passage: Passage, choice: EntityChoice) => Promise<string | null>;
  onUnlink: (passage: Passage, entityId: string) => void;
  onDelete: (passage: Passage) => void;
  onCite: (passage: Passage) => void;
}

/** One passage in the panel: its quote, label, comment and cards; edit, link and delete in place. */
export function PassageItem(props: { passage: Passage; active: boolean } & PassageItemActions) {
  const { passage } = props;
  const [mode, setMode] = useState<'view' | 'edit' | 'link'>('view');
  const [error, setError] = useState<string | null>(null);
  const orphaned = passage.anchorStatus === 'orphaned';

  const finish = (message: string | null) => {
    setError(message);
    if (message === null) setMode('view');
  };

  return (
    <li className={`passage-item passage-${passage.color}`} data-testid="passage-item" data-passage-id={passage.id} aria-current={props.active || undefined}>
      <button
        type="button"
        className="passage-quote"
        disabled={orphaned}
        title={orphaned ? undefined : 'Show in the article'}
        onClick={() => props.onSelect(passage)}
      >
        <span className={`swatch swatch-${passage.color}`} aria-label={PASSAGE_COLOR_NAMES[passage.color]} />
        <q>{passage.exact}</q>
      </button>
      {orphaned && (
        <p className="passage-orphaned" data-testid="passage-orphaned">
          Orphaned — the clipping's text changed and this quote is no longer found in it. The quote is kept.
        </p>
      )}
      {passage.anchorStatus === 'fuzzy' && <p className="passage-note">Placed by a close match after the text changed.</p>}
      {mode === 'edit' ? (
        <PassageForm
          initial={passage}
          focus="label"
          saveLabel="Save"
          onSave={(_values, changed) => void props.onUpdate(passage, changed).then(finish)}
          onCancel={() => finish(null)}
        />
      ) : (
        <>
          {passage.label && <span className="passage-label">{passage.label}</span>}
          {passage.comment && <p className="passage-comment">{passage.comment}</p>}
        </>
      )}
      {passage.entities.length > 0 && (
        <ul className="entity-chips" aria-label="Linked cards">
          {passage.entities.map((entity) => (
            <li key={entity.id} className={`entity-chip entity-chip-${entity.type}`}>
              <button type="button" className="link-button" onClick={() => goTo(entityRoute(entity.id))}>
                {entity.name}
              </button>
              <button type="button" className="chip-remove" aria-label={`Unlink ${entity.name}`} onClick={() => props.onUnlink(passage, entity.id)}>
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      {mode === 'link' && (
        <EntityPicker
          label="Link to entity"
          autoFocus
          excludeIds={passage.entities.map((e) => e.id)}
          initialQuery={passage.exact.length <= 80 ? passage.exact : ''}
          onPick={(entity) => void props.onLink(passage, { id: entity.id }).then(finish)}
          onCreate={(name, type) => void props.onLink(passage, { create: { name, type } }).then(finish)}
          onCancel={() => finish(null)}
        />
      )}
      <FormError message={error} />
      <NotesCitingPassage passageId={passage.id} />
      {mode === 'view' && (
        <div className="passage-actions">
          <button type="button" className="link-button" onClick={() => setMode('edit')}>
            Edit
          </button>
          <button type="button" className="link-button" onClick={() => setMode('link')}>
            Link to entity…
          </button>
          <button type="button" className="link-button" onClick={() => props.onCite(passage)} title="Cite in the note open in the Notebook">
            Cite in note
          </button>
          <button type="button" className="link-button danger-link" onClick={() => props.onDelete(passage)}>
            Delete
          </button>
        </div>
      )}
    </li>
  );
}
