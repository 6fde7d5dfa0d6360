// An older state of the note, read-only: a second Lexical editor that is never editable, so it
// looks exactly like the note did and nothing in it can be changed or followed.
import { LexicalComposer, type InitialConfigType } from '@lexical/react/LexicalComposer';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { TablePlugin } from '@lexical/react/LexicalTablePlugin';
import type { NoteContent } from '../../../../../shared/notes/note-format';
import { NOTE_EDITOR_THEME } from '../editor/editorTheme';
import { stopLinkNavigation } from '../editor/linkClicks';
import { NoteLoadBoundary } from '../editor/NoteLoadBoundary';
import { NOTE_NODES } from '../nodes';
import '../editor/editor.css';

export function SnapshotView(props: { content: NoteContent; label: string }) {
  const initialConfig: InitialConfigType = {
    namespace: 'note-snapshot',
    nodes: [...NOTE_NODES],
    theme: NOTE_EDITOR_THEME,
    editable: false,
    onError: (error) => console.error('Note snapshot:', error),
    editorState: JSON.stringify(props.content),
  };
  return (
    <div className="nb-snapshot" onClickCapture={stopLinkNavigation} onAuxClickCapture={stopLinkNavigation}>
      <NoteLoadBoundary>
        <LexicalComposer initialConfig={initialConfig}>
          <RichTextPlugin
            contentEditable={<ContentEditable className="nb-content nb-content-readonly" aria-label={props.label} data-testid="snapshot-view" />}
            ErrorBoundary={LexicalErrorBoundary}
          />
          <TablePlugin hasCellMerge={false} hasCellBackgroundColor={false} hasHorizontalScroll />
        </LexicalComposer>
      </NoteLoadBoundary>
    </div>
  );
}
