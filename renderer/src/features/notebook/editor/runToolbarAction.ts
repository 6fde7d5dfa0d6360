// Carries out a toolbar action on the editor, through Lexical's own commands where there is one.
import { $createLinkNode, $toggleLink } from '@lexical/link';
import { INSERT_CHECK_LIST_COMMAND, INSERT_ORDERED_LIST_COMMAND, INSERT_UNORDERED_LIST_COMMAND, REMOVE_LIST_COMMAND } from '@lexical/list';
import { INSERT_HORIZONTAL_RULE_COMMAND } from '@lexical/react/LexicalHorizontalRuleNode';
import { $createHeadingNode, $createQuoteNode } from '@lexical/rich-text';
import { $setBlocksType } from '@lexical/selection';
import { INSERT_TABLE_COMMAND } from '@lexical/table';
import {
  $createParagraphNode,
  $createTextNode,
  $getSelection,
  $insertNodes,
  $isRangeSelection,
  $setSelection,
  FORMAT_TEXT_COMMAND,
  REDO_COMMAND,
  UNDO_COMMAND,
  type BaseSelection,
  type LexicalEditor,
} from 'lexical';
import type { BlockType, ListKind, ToolbarAction } from './toolbarActions';
import type { ToolbarState } from './useToolbarState';

const LIST_COMMANDS = {
  bullet: INSERT_UNORDERED_LIST_COMMAND,
  number: INSERT_ORDERED_LIST_COMMAND,
  check: INSERT_CHECK_LIST_COMMAND,
} as const;

/** A new table: three columns, a header row and two rows to fill. */
export const NEW_TABLE = { rows: '3', columns: '3', includeHeaders: { rows: true, columns: false } } as const;

export function setBlockType(editor: LexicalEditor, block: BlockType): void {
  editor.update(() => {
    const selection = $getSelection();
    if (block === 'paragraph') $setBlocksType(selection, () => $createParagraphNode());
    else if (block === 'quote') $setBlocksType(selection, () => $createQuoteNode());
    else $setBlocksType(selection, () => $createHeadingNode(block));
  });
}

/** The same list again turns it back into paragraphs. */
export function toggleList(editor: LexicalEditor, list: ListKind, current: ListKind | null): void {
  if (current === list) editor.dispatchCommand(REMOVE_LIST_COMMAND, undefined);
  else editor.dispatchCommand(LIST_COMMANDS[list], undefined);
}

/** The selection to link, kept while the link editor has the focus (the editor may drop it on blur). */
export function saveSelection(editor: LexicalEditor): BaseSelection | null {
  return editor.getEditorState().read(() => $getSelection()?.clone() ?? null);
}

/**
 * Links the saved selection to `url` (null removes the link), or inserts the address as a linked
 * text where nothing was selected.
 */
export function applyLink(editor: LexicalEditor, saved: BaseSelection | null, url: string | null): void {
  editor.update(() => {
    if (saved) $setSelection(saved.clone());
    const selection = $getSelection();
    if (url !== null && $isRangeSelection(selection) && selection.isCollapsed()) {
      const link = $createLinkNode(url);
      link.append($createTextNode(url));
      $insertNodes([link]);
    } else {
      $toggleLink(url);
    }
  });
}

/** Everything but the link, which opens the link editor first. */
export function runToolbarAction(editor: LexicalEditor, action: Exclude<ToolbarAction, { kind: 'link' }>, state: ToolbarState): void {
  switch (action.kind) {
    case 'block':
      setBlockType(editor, action.block === state.block && action.block !== 'paragraph' ? 'paragraph' : action.block);
      return;
    case 'format':
      editor.dispatchCommand(FORMAT_TEXT_COMMAND, action.format);
      return;
    case 'list':
      toggleList(editor, action.list, state.list);
      return;
    case 'table':
      editor.dispatchCommand(INSERT_TABLE_COMMAND, NEW_TABLE);
      return;
    case 'rule':
      editor.dispatchCommand(INSERT_HORIZONTAL_RULE_COMMAND, undefined);
      return;
    case 'undo':
      editor.dispatchCommand(UNDO_COMMAND, undefined);
      return;
    case 'redo':
      editor.dispatchCommand(REDO_COMMAND, undefined);
      return;
  }
}
