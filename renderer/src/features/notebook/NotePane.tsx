// One open note: its title, folder and tags, the editor with autosave, the conflict banner, history
// and delete. Each load of the note (open, reload, restore) starts a new editor session.
import type { LexicalEditor } from 'lexical';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Note } from '../../../../shared/domain';
import { MAX_TITLE_CHARS } from '../../../../shared/limits';
import { api } from '../../api/client';
import { DeleteNoteDialog } from './DeleteNoteDialog';
import { contentOf } from './editor/editorContent';
import { NoteEditor } from './editor/NoteEditor';
import { NoteLoadBoundary } from './editor/NoteLoadBoundary';
import { ExportMenu } from './export/ExportMenu';
import { HistoryDialog } from './history/HistoryDialog';
import { NoteProperties } from './NoteProperties';
import { NoteEvidencePlugins } from './plugins/evidence/NoteEvidencePlugins';
import { NoteAutosaver, type SaveStatus } from './save/autosave';
import { ConflictBanner } from './save/ConflictBanner';
import { SaveStatusLabel } from './save/SaveStatusLabel';

export interface NotePaneProps {
  noteId: string;
  /** Every folder in use, offered when filing the note. */
  folders: string[];
  onListChanged: () => void;
  onOpenNote: (id: string | null) => void;
  /** Where a click on an entity mention goes (else the evidence plugins change the URL themselves). */
  onOpenEntity?: (entityId: string) => void;
}

interface Loaded {
  note: Note;
  /** Bumped by every load, so the editor and its autosave start again. */
  session: number;
}

const MY_VERSION = ' (my version)';

export function NotePane(props: NotePaneProps) {
  const { noteId } = props;
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [status, setStatus] = useState<SaveStatus>({ kind: 'saved' });
  const [title, setTitle] = useState('');
  const titleRef = useRef('');
  const [info, setInfo] = useState<string | null>(null);
  const [historyOpen, setHistoryOpen] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [resolving, setResolving] = useState(false);
  const listChanged = useRef(props.onListChanged);
  listChanged.current = props.onListChanged;
  const onOpenNote = useRef(props.onOpenNote);
  onOpenNote.current = props.onOpenNote;

  const show = useCallback((note: Note) => {
    setLoaded((prev) => ({ note, session: (prev?.session ?? 0) + 1 }));
    setTitle(note.title);
    titleRef.current = note.title;
    setStatus({ kind: 'saved' });
    setInfo(null);
  }, []);

  useEffect(() => {
    let live = true;
    void api.call('notes.get', { id: noteId }).then((result) => {
      if (!live) return;
      if (result.ok) show(result.value);
      // Deleted since it was last open: show no note rather than an error.
      else if (result.error.code === 'not_found') onOpenNote.current(null);
      else setLoadError(result.error.message);
    });
    return () => {
      live = false;
    };
  }, [noteId, show]);

  // One editor and one autosaver per load; the saver reads its own editor, never a later one.
  const session = useMemo(() => {
    if (!loaded) return null;
    const editorRef: { current: LexicalEditor | null } = { current: null };
    const saver = new NoteAutosaver({
      revision: loaded.note.revision,
      read: () => ({ title: titleRef.current, content: contentOf(editorRef.current!) }),
      save: (draft) => api.call('notes.save', { id: noteId, ...draft }),
      onStatus: setStatus,
      onSaved: () => listChanged.current(),
    });
    return { editorRef, saver };
    // A new session only when the note is (re)loaded, not when its folder or tags change.
  }, [loaded?.session, noteId]);

  useEffect(() => {
    if (!session) return;
    const { saver } = session;
    const saveBeforeLeaving = (event: BeforeUnloadEvent) => {
      if (!saver.hasUnsavedChanges || saver.inConflict) return;
      void saver.flush();
      // Ask the browser to hold the page while the save is sent.
      event.preventDefault();
    };
    const saveWhenHidden = () => {
      if (document.visibilityState === 'hidden') void saver.flush();
    };
    window.addEventListener('beforeunload', saveBeforeLeaving);
    document.addEventListener('visibilitychange', saveWhenHidden);
    return () => {
      window.removeEventListener('beforeunload', saveBeforeLeaving);
      document.removeEventListener('visibilitychange', saveWhenHidden);
      // Switching notes or reloading this one: store what is unsaved first.
      saver.dispose();
      void saver.flush();
    };
  }, [session]);

  const onChange = useCallback(() => session?.saver.changed(), [session]);
  const onLargePaste = useCallback(
    (chars: number) => setInfo(`Pasted ${chars.toLocaleString('en-US')} characters as plain text: pastes this large keep their text but not their formatting.`),
    [],
  );

  // Stable, so a re-render of the pane (a save status) does not re-render the evidence panel.
  const onOpenEntity = props.onOpenEntity;
  const side = useMemo(() => <NoteEvidencePlugins noteId={noteId} onOpenEntity={onOpenEntity} />, [noteId, onOpenEntity]);

  if (loadError) {
    return (
      <section className="nb-note nb-note-message" role="alert">
        This note could not be opened: {loadError}
      </section>
    );
  }
  if (!loaded || !session) return <section className="nb-note" aria-busy="true" />;
  const { note } = loaded;
  const { saver, editorRef } = session;

  const loadNewer = async () => {
    setResolving(true);
    saver.discard();
    const result = await api.call('notes.get', { id: noteId });
    setResolving(false);
    if (result.ok) show(result.value);
    else setInfo(`The newer version could not be loaded: ${result.error.message}`);
  };

  const keepMine = async () => {
    setResolving(true);
    const content = contentOf(editorRef.current!);
    const base = (titleRef.current.trim() || 'Untitled').slice(0, MAX_TITLE_CHARS - MY_VERSION.length);
    const result = await api.call('notes.create', { title: `${base}${MY_VERSION}`, folder: note.folder, tags: note.tags, content });
    setResolving(false);
    if (!result.ok) {
      setInfo(`Your version could not be kept as a new note (it is still here, unsaved): ${result.error.message}`);
      return;
    }
    saver.discard();
    props.onListChanged();
    props.onOpenNote(result.value.id);
  };

  const openHistory = async () => {
    await saver.flush();
    setHistoryOpen(true);
  };

  return (
    <section className="nb-note" aria-label="Note" data-testid="note-pane">
      {status.kind === 'conflict' && <ConflictBanner busy={resolving} onLoadNewer={() => void loadNewer()} onKeepMine={() => void keepMine()} />}
      <div className="nb-note-head">
        <input
          className="nb-title"
          aria-label="Title"
          placeholder="Untitled"
          maxLength={MAX_TITLE_CHARS}
          value={title}
          onChange={(event) => {
            setTitle(event.target.value);
            titleRef.current = event.target.value;
            saver.changed();
          }}
          onBlur={() => void saver.flush()}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              editorRef.current?.focus();
            }
          }}
        />
        <SaveStatusLabel status={status} />
        <ExportMenu noteId={noteId} title={title} beforeExport={() => saver.flush()} />
        <button type="button" onClick={() => void openHistory()}>
          History
        </button>
        <button type="button" className="nb-danger" onClick={() => setDeleting(true)}>
          Delete
        </button>
      </div>
      <NoteProperties
        note={note}
        folders={props.folders}
        onChanged={(changed) => {
          setLoaded((prev) => prev && { ...prev, note: { ...prev.note, folder: changed.folder, tags: changed.tags } });
          props.onListChanged();
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
        <NoteLoadBoundary key={loaded.session}>
          <NoteEditor
            key={loaded.session}
            content={note.content}
            editorRef={editorRef}
            onChange={onChange}
            onLargePaste={onLargePaste}
            side={side}
          />
        </NoteLoadBoundary>
      </div>
      {historyOpen && (
        <HistoryDialog
          noteId={noteId}
          currentRevision={() => saver.revision}
          onRestored={(restored) => {
            saver.discard();
            setHistoryOpen(false);
            show(restored);
            props.onListChanged();
          }}
          onClose={() => setHistoryOpen(false)}
        />
      )}
      {deleting && (
        <DeleteNoteDialog
          noteId={noteId}
          title={title}
          onCancel={() => setDeleting(false)}
          onDeleted={() => {
            saver.discard();
            setDeleting(false);
            props.onListChanged();
            props.onOpenNote(null);
          }}
        />
      )}
    </section>
  );
}
