import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { ClippingSummary } from '../../../../shared/domain';
import { api } from '../../api/client';
import { EmptyState } from '../../components/EmptyState';
import { PlaceHeader } from '../../components/PlaceHeader';
import type { NoticeState } from '../../app/App';
import { importFiles, summarise } from './importFiles';

const PAGE_SIZE = 200;

interface Props {
  revision: number;
  highlightId: string | null;
  onOpen: (id: string) => void;
  onNew: () => void;
  onChanged: () => void;
  onNotice: (notice: NoticeState) => void;
}

export function LibraryView(props: Props) {
  const [items, setItems] = useState<ClippingSummary[] | null>(null);
  const [total, setTotal] = useState(0);
  const [importing, setImporting] = useState<{ done: number; of: number } | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const { onNotice } = props;

  useEffect(() => {
    let live = true;
    void api.call('clippings.list', { offset: 0, limit: PAGE_SIZE }).then((result) => {
      if (!live) return;
      if (!result.ok) return onNotice({ kind: 'error', message: result.error.message });
      setItems(result.value.items);
      setTotal(result.value.total);
    });
    return () => {
      live = false;
    };
  }, [props.revision, onNotice]);

  async function loadMore() {
    const result = await api.call('clippings.list', { offset: items?.length ?? 0, limit: PAGE_SIZE });
    if (!result.ok) return onNotice({ kind: 'error', message: result.error.message });
    setItems((current) => [...(current ?? []), ...result.value.items]);
    setTotal(result.value.total);
  }

  async function onFilesPicked(files: File[]) {
    if (files.length === 0) return;
    setImporting({ done: 0, of: files.length });
    const results = await importFiles(files, (done) => setImporting({ done, of: files.length }));
    setImporting(null);
    onNotice(summarise(results));
    props.onChanged();
  }

  const importButton = (
    <button type="button" onClick={() => fileInput.current?.click()} disabled={importing !== null}>
      Import files…
    </button>
  );
  const newButton = (
    <button type="button" className="primary" onClick={props.onNew}>
      New clipping <kbd>N</kbd>
    </button>
  );

  return (
    <div className="library">
      <PlaceHeader
        title="Library"
        detail={items === null ? '' : `${total} ${total === 1 ? 'clipping' : 'clippings'}`}
        actions={
          <>
            {importButton}
            {newButton}
          </>
        }
      />
      <input
        ref={fileInput}
        type="file"
        multiple
        accept=".txt,.md,.markdown,.text"
        hidden
        data-testid="import-input"
        onChange={(e) => {
          const files = Array.from(e.target.files ?? []);
          e.target.value = '';
          void onFilesPicked(files);
        }}
      />
      {importing && (
        <div className="progress" role="status">
          <progress value={importing.done} max={importing.of} />
          <span>
            Importing {importing.done} of {importing.of}…
          </span>
        </div>
      )}
      {items !== null && items.length === 0 && (
        <EmptyState title="No clippings yet — paste text or import files" testId="library-empty" actions={<>{newButton}{importButton}</>}>
          <p>
            The Library keeps every article and report you clip, exactly as it arrived, with where and when it came from.
            Paste a clipping's text, or import .txt and .md files.
          </p>
        </EmptyState>
      )}
      {items !== null && items.length > 0 && (
        <ClippingList items={items} highlightId={props.highlightId} onOpen={props.onOpen} />
      )}
      {items !== null && items.length < total && (
        <div className="load-more">
          <button type="button" onClick={() => void loadMore()}>
            Show more ({items.length} of {total})
          </button>
        </div>
      )}
    </div>
  );
}

function ClippingList(props: { items: ClippingSummary[]; highlightId: string | null; onOpen: (id: string) => void }) {
  // Arrow keys move between rows; Enter (a button's own behaviour) opens the clipping.
  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const rows = Array.from(event.currentTarget.querySelectorAll<HTMLButtonElement>('button.clipping-row'));
    const index = rows.indexOf(document.activeElement as HTMLButtonElement);
    const next = rows[Math.max(0, Math.min(rows.length - 1, index + (event.key === 'ArrowDown' ? 1 : -1)))];
    next?.focus();
    event.preventDefault();
  };
  return (
    <ul className="clipping-list" aria-label="Clippings" onKeyDown={onKeyDown}>
      {props.items.map((item) => (
        <li key={item.id}>
          <button
            type="button"
            className={`clipping-row${item.id === props.highlightId ? ' clipping-row-new' : ''}`}
            onClick={() => props.onOpen(item.id)}
            data-testid="clipping-row"
          >
            <span className="clipping-title">{item.title}</span>
            <span className="clipping-meta">
              {item.outlet && <span>{item.outlet}</span>}
              <span>{item.wordCount.toLocaleString()} words</span>
              <time dateTime={item.capturedAt}>{formatCaptured(item.capturedAt)}</time>
            </span>
            <span className="clipping-excerpt">{item.excerpt}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}

export function formatCaptured(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}
