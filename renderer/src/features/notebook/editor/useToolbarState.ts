// What the toolbar shows as pressed: the block, formats and list at the caret, whether it is in a
// link, and whether undo and redo have anything to do.
import { $isLinkNode } from '@lexical/link';
import { $isListNode, ListNode } from '@lexical/list';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $isHeadingNode, $isQuoteNode } from '@lexical/rich-text';
import { $findMatchingParent, $getNearestNodeOfType, mergeRegister } from '@lexical/utils';
import { $getSelection, $isRangeSelection, $isRootOrShadowRoot, CAN_REDO_COMMAND, CAN_UNDO_COMMAND, COMMAND_PRIORITY_LOW, type LexicalNode } from 'lexical';
import { useEffect, useState } from 'react';
import type { BlockType, ListKind, TextFormat } from './toolbarActions';

export interface ToolbarState {
  block: BlockType;
  list: ListKind | null;
  formats: Record<TextFormat, boolean>;
  /** The address of the link at the caret. */
  linkUrl: string | null;
  canUndo: boolean;
  canRedo: boolean;
}

const NO_FORMATS: Record<TextFormat, boolean> = { bold: false, italic: false, underline: false, strikethrough: false };

export const INITIAL_TOOLBAR_STATE: ToolbarState = { block: 'paragraph', list: null, formats: NO_FORMATS, linkUrl: null, canUndo: false, canRedo: false };

function blockOf(node: LexicalNode): BlockType {
  const block = $findMatchingParent(node, (n) => {
    const parent = n.getParent();
    return parent !== null && $isRootOrShadowRoot(parent);
  });
  if ($isHeadingNode(block)) {
    const tag = block.getTag();
    return tag === 'h1' || tag === 'h2' || tag === 'h3' ? tag : 'h3';
  }
  return $isQuoteNode(block) ? 'quote' : 'paragraph';
}

function $readSelectionState(): Omit<ToolbarState, 'canUndo' | 'canRedo'> | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return null;
  const node = selection.anchor.getNode();
  const list = $getNearestNodeOfType(node, ListNode);
  const link = $findMatchingParent(node, $isLinkNode);
  return {
    block: blockOf(node),
    list: $isListNode(list) ? list.getListType() : null,
    formats: {
      bold: selection.hasFormat('bold'),
      italic: selection.hasFormat('italic'),
      underline: selection.hasFormat('underline'),
      strikethrough: selection.hasFormat('strikethrough'),
    },
    linkUrl: $isLinkNode(link) ? link.getURL() : null,
  };
}

export function useToolbarState(): ToolbarState {
  const [editor] = useLexicalComposerContext();
  const [state, setState] = useState<ToolbarState>(INITIAL_TOOLBAR_STATE);
  useEffect(
    () =>
      mergeRegister(
        editor.registerUpdateListener(({ editorState }) => {
          const next = editorState.read($readSelectionState);
          if (next) setState((prev) => (sameSelectionState(prev, next) ? prev : { ...prev, ...next }));
        }),
        editor.registerCommand(
          CAN_UNDO_COMMAND,
          (canUndo) => {
            setState((prev) => (prev.canUndo === canUndo ? prev : { ...prev, canUndo }));
            return false;
          },
          COMMAND_PRIORITY_LOW,
        ),
        editor.registerCommand(
          CAN_REDO_COMMAND,
          (canRedo) => {
            setState((prev) => (prev.canRedo === canRedo ? prev : { ...prev, canRedo }));
            return false;
          },
          COMMAND_PRIORITY_LOW,
        ),
      ),
    [editor],
  );
  return state;
}

/** Typing changes nothing the toolbar shows: no re-render per keystroke. */
function sameSelectionState(prev: ToolbarState, next: Omit<ToolbarState, 'canUndo' | 'canRedo'>): boolean {
  return (
    prev.block === next.block &&
    prev.list === next.list &&
    prev.linkUrl === next.linkUrl &&
    (Object.keys(NO_FORMATS) as TextFormat[]).every((f) => prev.formats[f] === next.formats[f])
  );
}
