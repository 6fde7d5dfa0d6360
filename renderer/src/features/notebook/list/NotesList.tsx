// The Notes list pane: find by title, sort, filter by folder and tag; ↑/↓ move through the notes.
// The notes come a page at a time: scrolling near the end (or Load more) brings the next.
import type { KeyboardEvent, UIEvent } from 'react';
import { countOf, formatCapturedDay } from '../../../lib/format';
import { NoteListControls } from './NoteListControls';
import { displayTitle } from './noteTitle';
import { PAGE_SIZE, type NoteListFilters, type NotesList as NotesListState } from './useNotesList';

export interface NotesListProps {
  list: NotesListState;
  filters: NoteListFilters;
  onFiltersChange: (filters: NoteListFilters) => void;
  openId: string | null;
  onOpen: (id: string) => void;
}

/** How close to the end of the list (in pixels) scrolling asks for the next page. */
const LOAD_AHEAD_PX = 300;

export function NotesList(props: NotesListProps) {
  const { list, filters, onFiltersChange } = props;
  const filtered = filters.query.trim() !== '' || filters.folder !== null || filters.tag !== null;
  const total = list.total ?? 0;

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    const index = list.notes.findIndex((n) => n.id === props.openId);
    const nextIndex = Math.min(Math.max(index + (event.key === 'ArrowDown' ? 1 : -1), 0), list.notes.length - 1);
    if (nextIndex === list.notes.length - 1) list.loadMore();
    const next = list.notes[nextIndex];
    if (next) props.onOpen(next.id);
  };
  const onScroll = (event: UIEvent<HTMLUListElement>) => {
    const el = event.currentTarget;
    if (el.scrollTop + el.clientHeight > el.scrollHeight - LOAD_AHEAD_PX) list.loadMore();
  };

  const more = total - list.notes.length;
  return (
    <nav className="nb-list-pane" aria-label="Notes">
      <NoteListControls filters={filters} facets={list.facets} onChange={onFiltersChange} />
      <p className={`nb-list-summary${list.error ? ' nb-list-error' : ''}`} role={list.error ? 'alert' : undefined}>
        {list.error ??
          (list.total === null ? '' : filtered ? `${total.toLocaleString('en-US')} of ${countOf(list.libraryTotal ?? 0, 'note')}` : countOf(total, 'note'))}
      </p>
      <ul className="pane-list nb-list" role="listbox" tabIndex={0} aria-label="Notes" aria-busy={list.loading} onKeyDown={onKeyDown} onScroll={onScroll}>
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
      {list.hasMore && (
        <div className="nb-list-more">
          <button type="button" onClick={list.loadMore} disabled={list.loading}>
            Load {countOf(Math.min(PAGE_SIZE, more), 'more note')}
          </button>
        </div>
      )}
      {list.notes.length === 0 && filtered && list.total === 0 && (
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
