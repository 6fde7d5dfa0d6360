// A claim the analyst marked as needing evidence: an inline element around the claim's text, so the
// mark follows the words as they are edited and the panel can list and scroll to each claim.
import {
  $applyNodeReplacement,
  ElementNode,
  type EditorConfig,
  type LexicalNode,
  type LexicalUpdateJSON,
  type NodeKey,
  type SerializedElementNode,
} from 'lexical';
import { NEEDS_EVIDENCE_TYPE, NEEDS_EVIDENCE_VERSION, type SerializedNeedsEvidence } from '../../../../../shared/notes/note-format';

export class NeedsEvidenceNode extends ElementNode {
  static override getType(): string {
    return NEEDS_EVIDENCE_TYPE;
  }

  static override clone(node: NeedsEvidenceNode): NeedsEvidenceNode {
    return new NeedsEvidenceNode(node.__key);
  }

  static override importJSON(json: LexicalUpdateJSON<SerializedNeedsEvidence>): NeedsEvidenceNode {
    return $createNeedsEvidenceNode().updateFromJSON(json);
  }

  constructor(key?: NodeKey) {
    super(key);
  }

  /** SerializedNeedsEvidence: only what an inline element needs (the base also writes a paragraph's text format and style, unset here). */
  override exportJSON(): SerializedElementNode {
    const { children, direction, format, indent } = super.exportJSON();
    return { children: children ?? [], direction, format, indent, type: NEEDS_EVIDENCE_TYPE, version: NEEDS_EVIDENCE_VERSION };
  }

  override createDOM(_config: EditorConfig): HTMLElement {
    const span = document.createElement('span');
    span.className = 'needs-evidence';
    span.dataset.testid = 'needs-evidence';
    span.title = 'Needs evidence: no passage cited for this claim yet (Ctrl+Shift+E removes the mark)';
    return span;
  }

  override updateDOM(): false {
    return false;
  }

  override isInline(): true {
    return true;
  }

  /** An empty mark means nothing: it goes when its text does. */
  override canBeEmpty(): false {
    return false;
  }

  /** Typing just before or after the claim is not part of it. */
  override canInsertTextBefore(): false {
    return false;
  }

  override canInsertTextAfter(): false {
    return false;
  }
}

export function $createNeedsEvidenceNode(): NeedsEvidenceNode {
  return $applyNodeReplacement(new NeedsEvidenceNode());
}

export function $isNeedsEvidenceNode(node: LexicalNode | null | undefined): node is NeedsEvidenceNode {
  return node instanceof NeedsEvidenceNode;
}
