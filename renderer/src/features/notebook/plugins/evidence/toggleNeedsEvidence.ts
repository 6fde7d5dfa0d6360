// Marking a claim as needing evidence, and taking the mark off again: the same action toggles.
import { $findMatchingParent } from '@lexical/utils';
import { $getSelection, $isElementNode, $isRangeSelection, createCommand, type LexicalNode } from 'lexical';
import { $createNeedsEvidenceNode, $isNeedsEvidenceNode, type NeedsEvidenceNode } from '../../nodes/NeedsEvidenceNode';

export const TOGGLE_NEEDS_EVIDENCE_COMMAND = createCommand<void>('TOGGLE_NEEDS_EVIDENCE_COMMAND');

function $enclosingMark(node: LexicalNode): NeedsEvidenceNode | null {
  return $findMatchingParent(node, $isNeedsEvidenceNode) as NeedsEvidenceNode | null;
}

/** Puts a mark's contents back in its place and drops the mark. */
export function $unwrapNeedsEvidence(mark: NeedsEvidenceNode): void {
  for (const child of mark.getChildren()) mark.insertBefore(child);
  mark.remove();
}

/**
 * The selection (or the caret) inside a marked claim: unmark it. A selection of unmarked text: wrap each
 * run of it within one paragraph in a mark. Returns whether anything changed.
 */
export function $toggleNeedsEvidence(): boolean {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return false;
  const touched = new Set<NeedsEvidenceNode>();
  for (const node of selection.getNodes()) {
    const mark = $enclosingMark(node);
    if (mark) touched.add(mark);
  }
  if (touched.size > 0) {
    touched.forEach($unwrapNeedsEvidence);
    return true;
  }
  if (selection.isCollapsed()) return false;

  let mark: NeedsEvidenceNode | null = null;
  let lastWrapped: LexicalNode | null = null;
  for (const node of selection.extract()) {
    // Blocks are not claims; their inline children are wrapped instead.
    if ($isElementNode(node) && !node.isInline()) continue;
    // A child of an inline element (a link) goes along with it.
    const parent = node.getParent();
    if (parent && parent.isInline() && !$isNeedsEvidenceNode(parent) && lastWrapped && parent.is(lastWrapped)) continue;
    if (mark && lastWrapped && lastWrapped.getNextSibling()?.is(node)) {
      mark.append(node);
    } else {
      mark = $createNeedsEvidenceNode();
      node.insertBefore(mark);
      mark.append(node);
    }
    lastWrapped = node;
  }
  if (mark) mark.selectEnd();
  return mark !== null;
}
