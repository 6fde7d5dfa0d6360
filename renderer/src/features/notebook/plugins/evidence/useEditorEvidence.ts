// What the open note's claims rest on, from the editor itself (live as the analyst types): its
// citations and its claims needing evidence. Recomputed only when such a node changes.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $nodesOfType, mergeRegister, type NodeKey } from 'lexical';
import { useEffect, useState } from 'react';
import { NeedsEvidenceNode } from '../../nodes/NeedsEvidenceNode';
import { PassageCitationNode, type CitationFields } from '../../nodes/PassageCitationNode';

export interface ClaimNeedingEvidence {
  key: NodeKey;
  text: string;
}

export interface EditorEvidence {
  citations: CitationFields[];
  claims: ClaimNeedingEvidence[];
}

const NONE: EditorEvidence = { citations: [], claims: [] };

export function useEditorEvidence(): EditorEvidence {
  const [editor] = useLexicalComposerContext();
  const [evidence, setEvidence] = useState<EditorEvidence>(NONE);
  useEffect(() => {
    const recompute = () =>
      setEvidence(
        editor.getEditorState().read(() => ({
          citations: inDocumentOrder($nodesOfType(PassageCitationNode)).map((node) => node.getCitation()),
          claims: inDocumentOrder($nodesOfType(NeedsEvidenceNode)).map((node) => ({ key: node.getKey(), text: node.getTextContent() })),
        })),
      );
    recompute();
    return mergeRegister(
      editor.registerMutationListener(PassageCitationNode, recompute, { skipInitialization: true }),
      editor.registerMutationListener(NeedsEvidenceNode, recompute, { skipInitialization: true }),
    );
  }, [editor]);
  return evidence;
}

function inDocumentOrder<T extends PassageCitationNode | NeedsEvidenceNode>(nodes: T[]): T[] {
  return nodes.filter((node) => node.isAttached()).sort((a, b) => (a.isBefore(b) ? -1 : 1));
}
