// The Notebook place: the Notes list beside the open note. Calm and dense, like Obsidian.
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useAction } from '../../api/useAction';
import { EmptyState } from '../../components/EmptyState';
import { PlaceHeader } from '../../components/PlaceHeader';
import { countOf } from '../../lib/format';
import { OPEN_NOTE_EVENT, lastOpenNoteId } from '../../lib/pendingCitation';
import { NotePane } from './NotePane';
import { NotesList } from './list/NotesList';
import { useNotesList, type NoteListFilters } from './list/useNotesList';
import { NotebookPanelsContext, useNotebookPanels, type NotebookPanels } from './notebookPanels';
import './notebook.css';

export interface NotebookViewProps {
  onGoToLibrary: () => void;
  /** Opens an entity card from a mention in a note (without it, the mention changes the URL itself). */
  onOpenEntity?: (entityId: string) => void;
  /** Which side panels are open (all, when not given). */
  panels?: NotebookPanels;
}

const NO_FILTERS: NoteListFilters = { query: '', sort: 'updated', folder: null, tag: null };

export function NotebookView(props: NotebookViewProps) {
  const inherited = useNotebookPanels();
  return (
    <NotebookPanelsContext.Provider value={props.panels ?? inherited}>
      <NotebookPlace {...props} />
    </NotebookPanelsContext.Provider>
  );
}

function NotebookPlace(props: NotebookViewProps) {
  const panels = useNotebookPanels();
  // The note shown last (or the one a backlink asked for) opens again.
  const [openId, setOpenId] = useState<string | null>(lastOpenNoteId);
  useEffect(() => {
    const onOpenNote = (event: Event) => setOpenId((event as CustomEvent<string>).detail);
    window.addEventListener(OPEN_NOTE_EVENT, onOpenNote);
    return () => window.removeEventListener(OPEN_NOTE_EVENT, onOpenNote);
  }, []);
  const [filters, setFilters] = useState<NoteListFilters>(NO_FILTERS);
  const [refresh, setRefresh] = useState(0);
  const creating = useAction();
  const list = useNotesList(filters, refresh);
  const listChanged = useCallback(() => setRefresh((r) => r + 1), []);
  const folders = useMemo(() => list.facets.folders.map((folder) => folder.value), [list.facets.folders]);

  const newNote = async () => {
    // A new note goes into the folder being looked at.
    const result = await creating.run('notes.create', filters.folder ? { folder: filters.folder } : {});
    if (!result.ok) return;
    listChanged();
    setOpenId(result.value.id);
  };

  const header = (
    <PlaceHeader
      title="Notebook"
      detail={
        creating.error ? (
          <span className="nb-list-error" role="alert">
            {creating.error}
          </span>
        ) : list.libraryTotal ? (
          countOf(list.libraryTotal, 'note')
        ) : (
          ''
        )
      }
      actions={
        <>
          <PanelToggle name="Notes list" keyName="2" open={panels.notesOpen} onToggle={panels.toggleNotes} />
          <PanelToggle name="Evidence panel" keyName="3" open={panels.evidenceOpen} onToggle={panels.toggleEvidence} />
          <button type="button" onClick={() => void newNote()}>
            New note
          </button>
        </>
      }
    />
  );

  // Until the count is known, only the header: the empty state and the panes must not flash in turn.
  if (list.libraryTotal === null && !list.error) return header;
  if (list.libraryTotal === 0 && openId === null) return <NoNotesYet header={header} onGoToLibrary={props.onGoToLibrary} />;

  return (
    <div className="nb-place">
      {header}
      <div className={`nb-panes${panels.notesOpen ? '' : ' nb-panes-list-collapsed'}`}>
        {panels.notesOpen && <NotesList list={list} filters={filters} onFiltersChange={setFilters} openId={openId} onOpen={setOpenId} />}
        {openId ? (
          <NotePane key={openId} noteId={openId} folders={folders} onListChanged={listChanged} onOpenNote={setOpenId} onOpenEntity={props.onOpenEntity} />
        ) : (
          <div className="nb-note nb-note-message" data-testid="note-none-open">
            <p>Choose a note on the left, or start one with New note.</p>
          </div>
        )}
      </div>
    </div>
  );
}

/** Collapses or expands one of the side panels; Ctrl+Shift+<key> does the same from anywhere. */
function PanelToggle(props: { name: string; keyName: string; open: boolean; onToggle: () => void }) {
  return (
    <button
      type="button"
      className="panel-toggle nb-panel-toggle"
      aria-label={props.name}
      aria-expanded={props.open}
      title={`${props.open ? 'Collapse' : 'Expand'} the ${props.name.toLowerCase()} (Ctrl+Shift+${props.keyName})`}
      onClick={props.onToggle}
    >
      {props.name}
    </button>
  );
}

function NoNotesYet(props: { header: ReactNode; onGoToLibrary: () => void }) {
  return (
    <>
      {props.header}
      <EmptyState
        title="No notes yet — start from the evidence in your Library"
        testId="notebook-empty"
        actions={
          <button type="button" className="primary" onClick={props.onGoToLibrary}>
            Open the Library <kbd>1</kbd>
          </button>
        }
      >
        <p>
          Briefing notes live here: you write them beside your clippings, and every claim cites the graded passage it rests on, so a reader of the brief can
          trace it back to the source. Start one with New note above.
        </p>
      </EmptyState>
    </>
  );
}
