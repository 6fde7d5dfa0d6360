import type { CSSProperties } from 'react';
import { MAX_PASSAGE_CHARS } from '../../../../shared/anchoring/limits';
import { PASSAGE_COLORS, type Passage, type PassageColor } from '../../../../shared/domain';
import { EntityPicker } from '../../components/EntityPicker';
import type { EntityChoice, PassageFields } from './passageActions';
import { PASSAGE_COLOR_NAMES } from './passageColors';
import { PassageForm } from './PassageForm';
import type { TextSelection } from './useTextSelection';
import { useToolbarShortcuts } from './useToolbarShortcuts';

export type ToolbarMode = 'buttons' | 'label' | 'comment' | 'link';

/** The longest quote offered as the card search when linking a selection to an entity. */
const NAME_QUERY_MAX = 80;

/**
 * The small toolbar over a selection in the article: Highlight in a colour (h, Alt+1–5), Label… (l),
 * Comment… (c), Link to entity… (e), Cite in note (q), Add to timeline… (t). A form it opens keeps the selection while it has the focus.
 * Over a selection that is exactly a passage (a click on a highlight selects one) it says so, and each
 * action acts on that passage: a colour recolours it, Label and Comment edit its own.
 */
export function SelectionToolbar(props: {
  selection: TextSelection;
  /** The passage the selection is exactly, if it is one. */
  passage: Passage | null;
  mode: ToolbarMode;
  color: PassageColor;
  busy: boolean;
  error: string | null;
  onMode: (mode: ToolbarMode) => void;
  onHighlight: (fields: PassageFields) => void;
  onLink: (choice: EntityChoice) => void;
  onCite: () => void;
  onAddEvent: () => void;
  /** Shown while the Reader was opened to select evidence for a relation. */
  onUseAsEvidence?: () => void;
  onCancel: () => void;
}) {
  const { selection, passage, mode, onMode, onHighlight, onCite, onAddEvent, color } = props;
  const length = selection.end - selection.start;
  const tooLong = length > MAX_PASSAGE_CHARS;

  useToolbarShortcuts(mode === 'buttons' && !tooLong, { color, onHighlight, onMode, onCite, onAddEvent });

  return (
    <div
      className={`selection-toolbar selection-toolbar-${mode}`}
      role="toolbar"
      aria-label="Passage"
      data-testid="selection-toolbar"
      style={placement(selection, mode)}
      // Pressing a button must not take the selection away from the article.
      onMouseDown={(event) => {
        if (mode === 'buttons') event.preventDefault();
      }}
    >
      {tooLong ? (
        <p className="selection-toolbar-error" role="alert">
          This selection is {length.toLocaleString('en-US')} characters; a passage can be at most {MAX_PASSAGE_CHARS.toLocaleString('en-US')}. Select less.
        </p>
      ) : mode === 'buttons' ? (
        <div className="selection-toolbar-buttons">
          {passage && <span className="selection-toolbar-what">Passage</span>}
          {PASSAGE_COLORS.map((c, index) => (
            <button
              key={c}
              type="button"
              className={`swatch swatch-${c}`}
              aria-label={`Highlight ${PASSAGE_COLOR_NAMES[c].toLowerCase()}`}
              title={`Highlight ${PASSAGE_COLOR_NAMES[c].toLowerCase()} (Alt+${index + 1}${c === color ? ' or h' : ''})`}
              aria-pressed={c === (passage?.color ?? color)}
              disabled={props.busy}
              onClick={() => onHighlight({ color: c })}
            />
          ))}
          <span className="toolbar-divider" />
          <button type="button" onClick={() => onMode('label')} title="Highlight with a label (l)">
            Label… <kbd>l</kbd>
          </button>
          <button type="button" onClick={() => onMode('comment')} title="Highlight with a comment (c)">
            Comment… <kbd>c</kbd>
          </button>
          <button type="button" onClick={() => onMode('link')} title="Link to an entity card (e)">
            Link to entity… <kbd>e</kbd>
          </button>
          <button type="button" onClick={onCite} disabled={props.busy} title="Cite in the note open in the Notebook (q)">
            Cite in note <kbd>q</kbd>
          </button>
          <button type="button" onClick={onAddEvent} disabled={props.busy} title="Add an event to the timeline from this passage (t)">
            Add to timeline… <kbd>t</kbd>
          </button>
          {props.onUseAsEvidence && (
            <button type="button" className="primary" onClick={props.onUseAsEvidence} disabled={props.busy} title="Back to the relation, with this as evidence">
              Use as evidence
            </button>
          )}
        </div>
      ) : mode === 'link' ? (
        <EntityPicker
          label="Link to entity"
          autoFocus
          initialQuery={selection.exact.length <= NAME_QUERY_MAX ? selection.exact : ''}
          onPick={(entity) => props.onLink({ id: entity.id })}
          onCreate={(name, type) => props.onLink({ create: { name, type } })}
          onCancel={props.onCancel}
        />
      ) : (
        <PassageForm
          initial={passage ?? { color, label: null, comment: null }}
          focus={mode}
          saveLabel={passage ? 'Save' : 'Highlight'}
          busy={props.busy}
          onSave={(values, changed) => onHighlight(passage ? changed : values)}
          onCancel={props.onCancel}
        />
      )}
      {props.error && (
        <p className="selection-toolbar-error" role="alert">
          {props.error}
        </p>
      )}
    </div>
  );
}

/** Above the selection when there is room, else below it; always inside the window. */
function placement(selection: TextSelection, mode: ToolbarMode): CSSProperties {
  // The buttons take their own width (about this much); the forms have a fixed one.
  const width = mode === 'buttons' ? 820 : 340;
  const centre = (selection.rect.left + selection.rect.right) / 2;
  const left = Math.max(8, Math.min(window.innerWidth - width - 8, centre - width / 2));
  const roomAbove = mode === 'buttons' ? 60 : 280;
  const size = mode === 'buttons' ? {} : { width };
  return selection.rect.top > roomAbove
    ? { left, ...size, bottom: window.innerHeight - selection.rect.top + 8 }
    : { left, ...size, top: Math.min(selection.rect.bottom + 8, window.innerHeight - 60) };
}
