import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect } from 'react';
import { insertCitation } from './insertCitation';
import { takePendingCitation } from '../../../../lib/pendingCitation';

/** Inserts the citation the Reader asked for ("Cite in note") at the end of the note just opened. */
export function PendingCitationPlugin(props: { onError: (message: string) => void }) {
  const [editor] = useLexicalComposerContext();
  const { onError } = props;
  useEffect(() => {
    const passageId = takePendingCitation();
    if (!passageId) return;
    void insertCitation(editor, passageId, { at: 'end' }).then((error) => error && onError(error));
  }, [editor, onError]);
  return null;
}
