// The note's Lexical editor: rich text, history, lists, links, tables, rules and Markdown shortcuts,
// with the toolbar above and Find in note. The composer is created once per loaded note state.
import { CheckListPlugin } from '@lexical/react/LexicalCheckListPlugin';
import { LexicalComposer, type InitialConfigType } from '@lexical/react/LexicalComposer';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { EditorRefPlugin } from '@lexical/react/LexicalEditorRefPlugin';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { HorizontalRulePlugin } from '@lexical/react/LexicalHorizontalRulePlugin';
import { LinkPlugin } from '@lexical/react/LexicalLinkPlugin';
import { ListPlugin } from '@lexical/react/LexicalListPlugin';
import { MarkdownShortcutPlugin } from '@lexical/react/LexicalMarkdownShortcutPlugin';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { TablePlugin } from '@lexical/react/LexicalTablePlugin';
import type { LexicalEditor } from 'lexical';
import { memo, useMemo, type ReactNode, type RefObject } from 'react';
import type { NoteContent } from '../../../../../shared/notes/note-format';
import { FindInNote } from '../find/FindInNote';
import { NOTE_NODES } from '../nodes';
import { CheckListRolePlugin } from './CheckListRolePlugin';
import { ContentChangePlugin } from './ContentChangePlugin';
import { NOTE_EDITOR_THEME } from './editorTheme';
import { LargePastePlugin } from './LargePastePlugin';
import { stopLinkNavigation } from './linkClicks';
import { isAllowedLinkUrl } from './linkUrl';
import { NOTE_MARKDOWN_SHORTCUTS } from './markdownShortcuts';
import { PasteCleaningPlugin } from './PasteCleaningPlugin';
import { Toolbar } from './Toolbar';
import './editor.css';

export interface NoteEditorProps {
  content: NoteContent;
  editorRef: RefObject<LexicalEditor | null>;
  onChange: () => void;
  onLargePaste: (chars: number) => void;
  /** Rendered inside the composer, so it can use the editor (the evidence plugins and panel). */
  side?: ReactNode;
}

function reportEditorError(error: Error): void {
  console.error('Note editor:', error);
}

/** Memoised: the pane around it re-renders for its title and save status, the editor need not. */
export const NoteEditor = memo(function NoteEditor(props: NoteEditorProps) {
  const { content } = props;
  // Read once: the composer is remounted (keyed by the caller) to load another state.
  const initialConfig = useMemo<InitialConfigType>(
    () => ({
      namespace: 'note',
      nodes: [...NOTE_NODES],
      theme: NOTE_EDITOR_THEME,
      onError: reportEditorError,
      editorState: JSON.stringify(content),
    }),
    [],
  );

  return (
    <LexicalComposer initialConfig={initialConfig}>
      <div className="nb-editor-layout">
        <div className="nb-editor-column">
          <Toolbar />
          <div className="nb-editor-frame">
            <FindInNote />
            <div className="nb-editor-scroll" onClickCapture={stopLinkNavigation} onAuxClickCapture={stopLinkNavigation}>
              <RichTextPlugin
                contentEditable={
                  <ContentEditable
                    className="nb-content"
                    aria-label="Note text"
                    data-testid="note-editor"
                    aria-placeholder="Write here. # for a heading, - for a list, > for a quote."
                    placeholder={<div className="nb-placeholder">Write here. # for a heading, - for a list, &gt; for a quote.</div>}
                  />
                }
                ErrorBoundary={LexicalErrorBoundary}
              />
            </div>
          </div>
        </div>
        {props.side && <aside className="nb-side">{props.side}</aside>}
      </div>
      <HistoryPlugin />
      <ListPlugin />
      <CheckListPlugin />
      <CheckListRolePlugin />
      <LinkPlugin validateUrl={isAllowedLinkUrl} />
      <TablePlugin hasCellMerge={false} hasCellBackgroundColor={false} hasHorizontalScroll />
      <HorizontalRulePlugin />
      <MarkdownShortcutPlugin transformers={NOTE_MARKDOWN_SHORTCUTS} />
      <EditorRefPlugin editorRef={props.editorRef} />
      <ContentChangePlugin onChange={props.onChange} />
      <LargePastePlugin onLargePaste={props.onLargePaste} />
      <PasteCleaningPlugin />
    </LexicalComposer>
  );
});
