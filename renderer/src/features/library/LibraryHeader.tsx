import type { ReactNode } from 'react';
import { PlaceHeader } from '../../components/PlaceHeader';
import { ViewSwitch } from '../../components/ViewSwitch';

/** The Library's heading: Library or Trash (with how many wait there), and the ways to add clippings. */
export function LibraryHeader(props: { trash: boolean; trashCount: number | null; onShowTrash: (trash: boolean) => void; actions: ReactNode }) {
  const waiting = props.trashCount ? ` (${props.trashCount.toLocaleString('en-US')})` : '';
  return (
    <PlaceHeader
      title="Library"
      detail={
        <ViewSwitch label="Show">
          <button type="button" aria-pressed={!props.trash} onClick={() => props.onShowTrash(false)}>
            Library
          </button>
          <button type="button" aria-pressed={props.trash} onClick={() => props.onShowTrash(true)}>
            Trash{waiting}
          </button>
        </ViewSwitch>
      }
      actions={props.actions}
    />
  );
}

/** Import files… and Import folder…, disabled while an import runs. */
export function ImportButtons(props: { importing: boolean; onImportFiles: () => void; onImportFolder: () => void }) {
  return (
    <>
      <button type="button" onClick={props.onImportFiles} disabled={props.importing} title="Import files (Ctrl+O)">
        Import files…
      </button>
      <button type="button" onClick={props.onImportFolder} disabled={props.importing}>
        Import folder…
      </button>
    </>
  );
}

export function NewClippingButton(props: { onNew: () => void }) {
  return (
    <button type="button" className="primary" onClick={props.onNew}>
      New clipping <kbd>N</kbd>
    </button>
  );
}
