// A citation loaded from version 1 has no source yet: fill it in from its passage, so the note saves
// as version 2 with the source kept (shown and exported even if the passage goes away later).
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $nodesOfType } from 'lexical';
import { useEffect } from 'react';
import { PassageCitationNode } from '../../nodes/PassageCitationNode';
import { citationStateStore } from './citationStateStore';

export function CitationSourcePlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    const store = citationStateStore(editor);
    // Citations lacking a source whose passage (or at least its clipping) the core still knows.
    const fillable = () => $nodesOfType(PassageCitationNode).filter((node) => node.lacksSource() && store.get(node.getCitation().passageId)?.clippingId);
    const fill = () => {
      if (editor.getEditorState().read(fillable).length === 0) return;
      editor.update(() => {
        for (const node of fillable()) {
          const { clippingId, clippingTitle, outlet, publishedAt, grade } = store.get(node.getCitation().passageId)!;
          node.setSource({ clippingId: clippingId!, clippingTitle: clippingTitle ?? '', outlet, publishedAt, grade });
        }
      });
    };
    fill();
    return store.subscribe(fill);
  }, [editor]);
  return null;
}
