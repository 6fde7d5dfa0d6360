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
    const fill = () => {
      const lacking = editor.getEditorState().read(() => $nodesOfType(PassageCitationNode).filter((node) => node.lacksSource()).map((node) => node.getKey()));
      if (lacking.length === 0) return;
      editor.update(() => {
        for (const node of $nodesOfType(PassageCitationNode)) {
          if (!node.lacksSource()) continue;
          const state = store.get(node.getCitation().passageId);
          if (state?.clippingId) {
            const { clippingId, clippingTitle, outlet, publishedAt, grade } = state;
            node.setSource({ clippingId, clippingTitle: clippingTitle ?? '', outlet, publishedAt, grade });
          }
        }
      });
    };
    fill();
    return store.subscribe(fill);
  }, [editor]);
  return null;
}
