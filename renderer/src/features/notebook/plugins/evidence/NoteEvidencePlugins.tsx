// Everything the notebook adds to an editor for its evidence: @-mentions of cards, citations (from the
// Reader, by drag and drop, from the panel), claims needing evidence, and the evidence side panel.
// Render it inside the LexicalComposer, where the side panel should appear (NoteEditor's `side`).
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useCallback, useEffect, useState } from 'react';
import type { Passage } from '../../../../../../shared/domain';
import { CitationDropPlugin } from '../citations/CitationDropPlugin';
import { CitationSourcePlugin } from '../citations/CitationSourcePlugin';
import { insertCitation } from '../citations/insertCitation';
import { CitationPeek } from '../citations/CitationPeek';
import { PassageFinder } from '../citations/PassageFinder';
import { useCitationPeek } from '../citations/useCitationPeek';
import { useNotebookPanels } from '../../notebookPanels';
import { rememberOpenNote } from '../../../../lib/pendingCitation';
import { PendingCitationPlugin } from '../citations/PendingCitationPlugin';
import { useLastSelection } from '../citations/useLastSelection';
import { MentionTypeaheadPlugin } from '../mentions/MentionTypeaheadPlugin';
import { EvidencePanel } from './EvidencePanel';
import { setEvidenceLinks } from './evidenceLinks';
import { NeedsEvidencePlugin } from './NeedsEvidencePlugin';
import './evidence.css';

export function NoteEvidencePlugins(props: { noteId: string; onOpenEntity?: (entityId: string) => void }) {
  const [editor] = useLexicalComposerContext();
  const [error, setError] = useState<string | null>(null);
  const lastSelection = useLastSelection();
  const { peeked, close } = useCitationPeek();
  const { evidenceOpen } = useNotebookPanels();
  // With the panel collapsed, the side still shows for a peek or an error (over the note's margin).
  const shown = evidenceOpen ? 'panel' : peeked || error ? 'peek' : 'none';
  const { noteId, onOpenEntity } = props;

  useEffect(() => rememberOpenNote(noteId), [noteId]);
  useEffect(() => setEvidenceLinks(editor, { onOpenEntity }), [editor, onOpenEntity]);

  const cite = useCallback(
    (passage: Passage) => {
      const selection = lastSelection();
      void insertCitation(editor, passage.id, selection ? { at: 'selection', selection } : { at: 'end' }).then(setError);
    },
    [editor, lastSelection],
  );

  return (
    <div className="note-evidence" data-shown={shown}>
      <MentionTypeaheadPlugin onError={setError} />
      <CitationDropPlugin onError={setError} />
      <CitationSourcePlugin />
      <PendingCitationPlugin onError={setError} />
      <NeedsEvidencePlugin />
      {peeked && <CitationPeek key={peeked.passageId} citation={peeked} onClose={close} />}
      {error && (
        <p className="form-error" role="alert">
          {error}{' '}
          <button type="button" className="link-button" onClick={() => setError(null)}>
            Dismiss
          </button>
        </p>
      )}
      <div className="note-evidence-panels" hidden={!evidenceOpen}>
        <EvidencePanel />
        <PassageFinder onCite={cite} />
      </div>
    </div>
  );
}
