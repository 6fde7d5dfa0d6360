// The Notes list pane: find by title, sort, filter by folder and tag; ↑/↓ move through the notes.
import type { KeyboardEvent } from 'react';
import { countOf, formatCapturedDay } from '../../../lib/format';
import { displayTitle } from './noteFacets';
import type { NoteListFilters, NoteSort, NotesList as NotesListState } from './useNotesList';

export interface NotesListProps {
  list: NotesListState;
  filters: NoteListFilters;
  onFiltersChange: (filters: NoteListFilters) => void;
  openId: string | null;
  onOpen: (id: string) => void;
}

export function NotesList(props: NotesListProps) {
  const { list, filters, onFiltersChange } = props;
  const set = (patch: Partial<NoteListFilters>) => onFiltersChange({ ...filters, ...patch });
  const filtered = filters.query.trim() !== '' || filters.folder !== null || filters.tag !== null;

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    const index = list.notes.findIndex((n) => n.id === props.openId);
    const next = list.notes[Math.min(Math.max(index + (event.key === 'ArrowDown' ? 1 : -1), 0), list.notes.length - 1)];
    if (next) props.onOpen(next.id);
  };

  return (
    <nav className="nb-list-pane" aria-label="Notes">
      <div className="nb-list-controls">
        <input type="search" aria-label="Find notes by title" placeholder="Find by title" value={filters.query} onChange={(e) => set({ query: e.target.value })} />
        <select aria-label="Sort notes" value={filters.sort} onChange={(e) => set({ sort: e.target.value as NoteSort })}>
          <option value="updated">Last edited</option>
          <option value="title">Title</option>
        </select>
      </div>
      <div className="nb-list-controls">
        <select aria-label="Folder" value={filters.folder ?? ''} onChange={(e) => set({ folder: e.target.value || null })}>
          <option value="">All folders</option>
          {list.facets.folders.map((folder) => (
            <option key={folder} value={folder}>
              {folder}
            </option>
          ))}
        </select>
        <select aria-label="Tag" value={filters.tag ?? ''} onChange={(e) => set({ tag: e.target.value || null })}>
          <option value="">All tags</option>
          {list.facets.tags.map((tag) => (
            <option key={tag} value={tag}>
              {tag}
            </option>
          ))}
        </select>
      </div>
      <p className={`nb-list-summary${list.error ? ' nb-list-error' : ''}`} role={list.error ? 'alert' : undefined}>
        {list.error ?? (filtered ? `${list.total.toLocaleString('en-US')} of ${countOf(list.libraryTotal ?? 0, 'note')}` : countOf(list.total, 'note'))}
      </p>
      <ul className="pane-list nb-list" role="listbox" tabIndex={0} aria-label="Notes" onKeyDown={onKeyDown}>
        {list.notes.map((note) => (
          <li
            key={note.id}
            className="nb-row"
            role="option"
            aria-selected={note.id === props.openId}
            data-testid="note-row"
            onClick={() => props.onOpen(note.id)}
          >
            <span className="nb-row-title">{displayTitle(note.title)}</span>
            <span className="nb-row-meta">
              {note.folder && <span className="nb-row-folder">{note.folder}</span>}
              <span>{formatCapturedDay(note.updatedAt)}</span>
              {note.tags.map((tag) => (
                <span key={tag} className="tag-chip">
                  {tag}
                </span>
              ))}
            </span>
          </li>
        ))}
      </ul>
      {list.notes.length === 0 && filtered && (
        <p className="nb-list-empty">
          No notes match.{' '}
          <button type="button" className="link-button" onClick={() => onFiltersChange({ ...filters, query: '', folder: null, tag: null })}>
            Clear the filters
          </button>
        </p>
      )}
    </nav>
  );
}
