// The editor's toolbar: block type, text formats, lists, link, table, rule, undo/redo. Buttons show
// their state with aria-pressed and name their shortcut; the shortcuts work from the keyboard too.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { COMMAND_PRIORITY_NORMAL, IS_APPLE, KEY_DOWN_COMMAND, type BaseSelection, $createRangeSelectionFromDom, $getSelection } from 'lexical';
import { useEffect, useRef, useState } from 'react';
import { LinkEditor } from './LinkEditor';
import { applyLink, runToolbarAction, saveSelection, setBlockType } from './runToolbarAction';
import { BLOCK_LABELS, shortcutAction, shortcutLabel, type BlockType, type ToolbarAction } from './toolbarActions';
import { useToolbarState } from './useToolbarState';

interface ButtonSpec {
  action: Exclude<ToolbarAction, { kind: 'link' | 'block' }>;
  label: string;
  glyph: string;
  keys?: string;
  className?: string;
}

const FORMAT_BUTTONS: ButtonSpec[] = [
  { action: { kind: 'format', format: 'bold' }, label: 'Bold', glyph: 'B', keys: 'Ctrl+B', className: 'nb-tool-bold' },
  { action: { kind: 'format', format: 'italic' }, label: 'Italic', glyph: 'I', keys: 'Ctrl+I', className: 'nb-tool-italic' },
  { action: { kind: 'format', format: 'underline' }, label: 'Underline', glyph: 'U', keys: 'Ctrl+U', className: 'nb-tool-underline' },
  { action: { kind: 'format', format: 'strikethrough' }, label: 'Strikethrough', glyph: 'S', keys: 'Ctrl+Shift+X', className: 'nb-tool-strike' },
];

const LIST_BUTTONS: ButtonSpec[] = [
  { action: { kind: 'list', list: 'bullet' }, label: 'Bulleted list', glyph: '•≡', keys: 'Ctrl+Shift+8' },
  { action: { kind: 'list', list: 'number' }, label: 'Numbered list', glyph: '1≡', keys: 'Ctrl+Shift+7' },
  { action: { kind: 'list', list: 'check' }, label: 'Check list', glyph: '☑', keys: 'Ctrl+Shift+9' },
];

const INSERT_BUTTONS: ButtonSpec[] = [
  { action: { kind: 'table' }, label: 'Insert table', glyph: '▦' },
  { action: { kind: 'rule' }, label: 'Insert horizontal rule', glyph: '―' },
];

const HISTORY_BUTTONS: ButtonSpec[] = [
  { action: { kind: 'undo' }, label: 'Undo', glyph: '↶', keys: 'Ctrl+Z' },
  { action: { kind: 'redo' }, label: 'Redo', glyph: '↷', keys: IS_APPLE ? 'Ctrl+Shift+Z' : 'Ctrl+Y' },
];

const BLOCK_KEYS: Record<BlockType, string> = { paragraph: 'Ctrl+Alt+0', h1: 'Ctrl+Alt+1', h2: 'Ctrl+Alt+2', h3: 'Ctrl+Alt+3', quote: 'Ctrl+Shift+.' };

function titleOf(label: string, keys?: string): string {
  return keys ? `${label} (${shortcutLabel(keys, IS_APPLE)})` : label;
}

export function Toolbar() {
  const [editor] = useLexicalComposerContext();
  const state = useToolbarState();
  const stateRef = useRef(state);
  stateRef.current = state;
  // The link editor is open with the selection it will link.
  const [linking, setLinking] = useState<{ selection: BaseSelection | null } | null>(null);

  useEffect(
    () =>
      editor.registerCommand(
        KEY_DOWN_COMMAND,
        (event) => {
          const action = shortcutAction(event, IS_APPLE);
          if (action === null) return false;
          event.preventDefault();
          // The selection is read from the page itself: the editor's may not have caught up yet
          // with a Shift+Home pressed just before (the page tells it a moment later).
          if (action.kind === 'link')
            setLinking({ selection: ($createRangeSelectionFromDom(window.getSelection(), editor) ?? $getSelection())?.clone() ?? null });
          else runToolbarAction(editor, action, stateRef.current);
          return true;
        },
        COMMAND_PRIORITY_NORMAL,
      ),
    [editor],
  );

  /** Closes the link editor; `then` runs once the editor has the focus back (so its selection is the one it sets). */
  const closeLinkEditor = (then?: () => void) => {
    setLinking(null);
    editor.focus(then);
  };

  const pressed = (action: ButtonSpec['action']): boolean | undefined => {
    if (action.kind === 'format') return state.formats[action.format];
    if (action.kind === 'list') return state.list === action.list;
    return undefined;
  };
  const disabled = (action: ButtonSpec['action']): boolean => (action.kind === 'undo' && !state.canUndo) || (action.kind === 'redo' && !state.canRedo);

  const button = (spec: ButtonSpec) => (
    <button
      key={spec.label}
      type="button"
      className={`nb-tool ${spec.className ?? ''}`}
      aria-label={spec.label}
      title={titleOf(spec.label, spec.keys)}
      aria-pressed={pressed(spec.action)}
      disabled={disabled(spec.action)}
      // Keep the caret and selection in the editor.
      onMouseDown={(event) => event.preventDefault()}
      onClick={() => runToolbarAction(editor, spec.action, state)}
    >
      {/* The glyph is a picture of the label, drawn by CSS: "1≡" is no text that should be in the name. */}
      <span className="nb-tool-glyph" aria-hidden="true" data-glyph={spec.glyph} />
    </button>
  );

  return (
    <div className="nb-toolbar-wrap">
      <div className="nb-toolbar" role="toolbar" aria-label="Formatting">
        <select
          aria-label="Block type"
          title={titleOf(BLOCK_LABELS[state.block], BLOCK_KEYS[state.block])}
          value={state.block}
          onChange={(event) => {
            setBlockType(editor, event.target.value as BlockType);
            editor.focus();
          }}
        >
          {(Object.keys(BLOCK_LABELS) as BlockType[]).map((block) => (
            <option key={block} value={block}>
              {BLOCK_LABELS[block]}
            </option>
          ))}
        </select>
        <span className="nb-tool-group">{FORMAT_BUTTONS.map(button)}</span>
        <span className="nb-tool-group">{LIST_BUTTONS.map(button)}</span>
        <span className="nb-tool-group">
          <button
            type="button"
            className="nb-tool"
            aria-label="Link"
            title={titleOf('Link', 'Ctrl+K')}
            aria-pressed={state.linkUrl !== null}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => setLinking((open) => (open ? null : { selection: saveSelection(editor) }))}
          >
            Link
          </button>
          {INSERT_BUTTONS.map(button)}
        </span>
        <span className="nb-tool-group">{HISTORY_BUTTONS.map(button)}</span>
      </div>
      {linking && (
        <LinkEditor
          initialUrl={state.linkUrl}
          onApply={(url) => closeLinkEditor(() => applyLink(editor, linking.selection, url))}
          onRemove={() => closeLinkEditor(() => applyLink(editor, linking.selection, null))}
          onCancel={() => closeLinkEditor()}
        />
      )}
    </div>
  );
}
