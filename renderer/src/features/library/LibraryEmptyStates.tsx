import type { ReactNode } from 'react';
import { EmptyState } from '../../components/EmptyState';
import { FormError } from '../../components/FormError';

/** Instead of the table while it has no rows: loading, why not, or what an empty list means here. */
export function LibraryWithoutRows(props: {
  total: number | null;
  error: string | null;
  filtered: boolean;
  trash: boolean;
  onClearFilters: () => void;
  onShowLibrary: () => void;
  addActions: ReactNode;
}) {
  if (props.total === null) {
    return props.error ? <FormError message={props.error} /> : <div className="loading" aria-busy="true" />;
  }
  if (props.filtered) return <NoMatches inTrash={props.trash} onClearFilters={props.onClearFilters} />;
  if (props.trash) return <TrashEmpty onShowLibrary={props.onShowLibrary} />;
  return <LibraryEmpty actions={props.addActions} />;
}

function LibraryEmpty(props: { actions: ReactNode }) {
  return (
    <EmptyState title="No clippings yet — paste text or import files" testId="library-empty" actions={props.actions}>
      <p>
        The Library keeps every article and report you clip, exactly as it arrived, with where and when it came from. Paste a clipping's text, import .txt, .md,
        .html, .pdf and .docx files or a whole folder, or drop them on this window.
      </p>
    </EmptyState>
  );
}

function TrashEmpty(props: { onShowLibrary: () => void }) {
  return (
    <EmptyState
      title="The Trash is empty"
      testId="trash-empty"
      actions={
        <button type="button" onClick={props.onShowLibrary}>
          Show the Library
        </button>
      }
    >
      <p>Clippings you move to the Trash wait here, with their tags and grades, until you restore them.</p>
    </EmptyState>
  );
}

function NoMatches(props: { inTrash: boolean; onClearFilters: () => void }) {
  return (
    <EmptyState
      title={props.inTrash ? 'No clippings in the Trash match these filters' : 'No clippings match these filters'}
      testId="library-no-matches"
      actions={
        <button type="button" className="primary" onClick={props.onClearFilters}>
          Clear filters
        </button>
      }
    >
      <p>Loosen or clear the filters above to see more.</p>
    </EmptyState>
  );
}
