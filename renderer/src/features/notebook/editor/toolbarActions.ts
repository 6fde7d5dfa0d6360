// What the toolbar and its keyboard shortcuts can do, as data, so the shortcuts are testable.

export type BlockType = 'paragraph' | 'h1' | 'h2' | 'h3' | 'quote';
export type TextFormat = 'bold' | 'italic' | 'underline' | 'strikethrough';
export type ListKind = 'bullet' | 'number' | 'check';

export type ToolbarAction =
  | { kind: 'block'; block: BlockType }
  | { kind: 'format'; format: TextFormat }
  | { kind: 'list'; list: ListKind }
  | { kind: 'link' }
  | { kind: 'table' }
  | { kind: 'rule' }
  | { kind: 'undo' }
  | { kind: 'redo' };

export const BLOCK_LABELS: Record<BlockType, string> = {
  paragraph: 'Paragraph',
  h1: 'Heading 1',
  h2: 'Heading 2',
  h3: 'Heading 3',
  quote: 'Quote',
};

export interface KeyLike {
  key: string;
  code: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

/**
 * Shortcuts the editor does not already have (Lexical handles bold, italic, underline, undo and
 * redo itself): headings and paragraph, lists, strikethrough, quote and link. Digits are read from
 * `code` so Shift+7 is 7 on every layout.
 */
export function shortcutAction(event: KeyLike, isApple: boolean): ToolbarAction | null {
  const mod = isApple ? event.metaKey && !event.ctrlKey : event.ctrlKey && !event.metaKey;
  if (!mod) return null;
  const digit = /^Digit(\d)$/u.exec(event.code)?.[1];
  if (event.altKey && !event.shiftKey) {
    if (digit === '0') return { kind: 'block', block: 'paragraph' };
    if (digit === '1' || digit === '2' || digit === '3') return { kind: 'block', block: `h${digit}` };
    return null;
  }
  if (event.altKey) return null;
  if (event.shiftKey) {
    if (digit === '7') return { kind: 'list', list: 'number' };
    if (digit === '8') return { kind: 'list', list: 'bullet' };
    if (digit === '9') return { kind: 'list', list: 'check' };
    if (event.code === 'KeyX') return { kind: 'format', format: 'strikethrough' };
    if (event.code === 'Period') return { kind: 'block', block: 'quote' };
    return null;
  }
  if (event.code === 'KeyK') return { kind: 'link' };
  return null;
}

/** How a shortcut is written in tooltips. */
export function shortcutLabel(keys: string, isApple: boolean): string {
  return isApple ? keys.replace('Ctrl+', '⌘').replace('Alt+', '⌥').replace('Shift+', '⇧') : keys;
}
