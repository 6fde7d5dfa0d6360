// One load of the open note: its title, folder and tags, the editor with autosave, the conflict
// banner, history and delete. Keyed by the session, so a new load starts all of it again.
import type { LexicalEditor } from 'lexical';
import { useCallback, useMemo, useRef, useState } from 'react';
import type { Note } from '../../../../../shared/domain';
import { useRememberRecent } from '../../../lib/useRememberRecent';
import { DeleteNoteDialog } from '../DeleteNoteDialog';
import { contentOf } from '../editor/editorContent';
import { NoteEditor } from '../editor/NoteEditor';
import { NoteLoadBoundary } from '../editor/NoteLoadBoundary';
import { HistoryDialog } from '../history/HistoryDialog';
import { NoteMatchPlugin } from '../find/NoteMatchPlugin';
import { NoteProperties } from '../NoteProperties';
import { NoteEvidencePlugins } from '../plugins/evidence/NoteEvidencePlugins';
import { ConflictBanner } from '../save/ConflictBanner';
import { NoteHead } from './NoteHead';
import { useConflictChoices } from './useConflictChoices';
import { useNoteAutosave } from './useNoteAutosave';

export interface NoteSessionProps {
  note: Note;
  /** Every folder in use, offered when filing the note. */
  folders: string[];
  /** Shows another state of this note (restored, or the newer one) as a new session. */
  onReload: (note: Note) => void;
  onFiled: (folder: string | null, tags: string[]) => void;
  onListChanged: () => void;
  onOpenNote: (id: string | null) => void;
  onOpenEntity?: (entityId: string) => void;
}

export function NoteSession(props: NoteSessionProps) {
  const { note, onListChanged, onOpenNote } = props;
  const editorRef = useRef<LexicalEditor | null>(null);
  const [title, setTitle] = useState(note.title);
  const titleRef = useRef(note.title);
  const [info, setInfo] = useState<string | null>(null);
  const [dialog, setDialog] = useState<'history' | 'delete' | null>(null);
  useRememberRecent({ kind: 'note', id: note.id, title, detail: note.folder ?? '', clippingId: null });
  const { saver, status } = useNoteAutosave(note, () => ({ title: titleRef.current, content: contentOf(editorRef.current!) }), onListChanged);
  const conflict = useConflictChoices({
    note,
    saver,
    editorRef,
    title: () => titleRef.current,
    onReload: props.onReload,
    onOpenNote,
    onListChanged,
    onInfo: setInfo,
  });

  const onChange = useCallback(() => saver.changed(), [saver]);
  const onLargePaste = useCallback(
    (chars: number) => setInfo(`Pasted ${chars.toLocaleString('en-US')} characters as plain text: pastes this large keep their text but not their formatting.`),
    [],
  );
  // Stable, so a re-render of the pane (a save status) does not re-render the evidence panel.
  const { onOpenEntity } = props;
  const side = useMemo(
    () => (
      <>
        <NoteEvidencePlugins noteId={note.id} onOpenEntity={onOpenEntity} />
        <NoteMatchPlugin noteId={note.id} />
      </>
    ),
    [note.id, onOpenEntity],
  );

  const retitle = (next: string) => {
    setTitle(next);
    titleRef.current = next;
    saver.changed();
  };
  const openHistory = async () => {
    await saver.flush();
    setDialog('history');
  };
  const leave = (then: () => void) => {
    saver.discard();
    setDialog(null);
    then();
    onListChanged();
  };

  return (
    <section className="nb-note" aria-label="Note" data-testid="note-pane">
      {status.kind === 'conflict' && <ConflictBanner busy={conflict.busy} onLoadNewer={conflict.loadNewer} onKeepMine={conflict.keepMine} />}
      <NoteHead
        noteId={note.id}
        title={title}
        onTitle={retitle}
        saver={saver}
        status={status}
        editorRef={editorRef}
        onHistory={() => void openHistory()}
        onDelete={() => setDialog('delete')}
      />
      <NoteProperties
        note={note}
        folders={props.folders}
        onChanged={(changed) => {
          props.onFiled(changed.folder, changed.tags);
          onListChanged();
        }}
      />
      {info && (
        <p className="nb-info" role="status">
          {info}{' '}
          <button type="button" className="link-button" onClick={() => setInfo(null)}>
            Dismiss
          </button>
        </p>
      )}
      <div className="nb-note-body" onBlur={() => void saver.flush()}>
        <NoteLoadBoundary>
          <NoteEditor content={note.content} editorRef={editorRef} onChange={onChange} onLargePaste={onLargePaste} side={side} />
        </NoteLoadBoundary>
      </div>
      {dialog === 'history' && (
        <HistoryDialog
          noteId={note.id}
          currentRevision={() => saver.revision}
          onRestored={(restored) => leave(() => props.onReload(restored))}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog === 'delete' && (
        <DeleteNoteDialog noteId={note.id} title={title} onCancel={() => setDialog(null)} onDeleted={() => leave(() => onOpenNote(null))} />
      )}
    </section>
  );
}
