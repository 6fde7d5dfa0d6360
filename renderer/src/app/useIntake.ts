// Everything that brings clippings in: New clipping (empty, or with text dropped on the window),
// the file and folder pickers, files dropped on the window, and the import queue they feed.
import { useCallback, useRef, useState } from 'react';
import type { ImportResult, LibraryInfo } from '../../../shared/domain';
import { useAction } from '../api/useAction';
import type { NoticeState } from '../components/Notice';
import type { PickedFile } from '../features/import/fileTypes';
import { useFileDrop, type DroppedText } from '../features/import/useFileDrop';
import { useFilePickers } from '../features/import/useFilePickers';
import { useImportQueue } from '../features/import/useImportQueue';
import { goTo, placeRoute, readerRoute, type PlaceId } from '../lib/routes';

export function useIntake(options: {
  library: LibraryInfo | null;
  onLibraryChanged: () => void;
  setNotice: (notice: NoticeState | null) => void;
  showIn: (notice: NoticeState, place: PlaceId) => void;
}) {
  const { onLibraryChanged, setNotice, showIn } = options;
  /** New clipping is open: empty, or with text dropped on the window. */
  const [composing, setComposing] = useState<DroppedText | 'empty' | null>(null);
  const [lastCreatedId, setLastCreatedId] = useState<string | null>(null);
  const { run } = useAction();
  const startNewClipping = useCallback(() => setComposing('empty'), []);
  const stopComposing = useCallback(() => setComposing(null), []);

  const library = useRef(options.library);
  library.current = options.library;
  const htmlRefusal = useCallback(() => {
    const html = library.current?.htmlImport;
    return html && !html.available ? html.reason : null;
  }, []);
  const imports = useImportQueue(onLibraryChanged, htmlRefusal);
  const { importFiles } = imports;
  const importPicked = useCallback(
    (files: PickedFile[]) => {
      if (files.length > 0 && importFiles(files) === 0) {
        setNotice({ kind: 'info', message: 'Nothing to import there: it holds only hidden files (like .DS_Store) or none at all.' });
      }
    },
    [importFiles, setNotice],
  );
  const pickers = useFilePickers(importPicked);
  const dragging = useFileDrop(importPicked, setComposing);

  /** A saved clipping is shown in the Library; one already there is named, with a way to open it. */
  const saved = async (result: ImportResult) => {
    setComposing(null);
    onLibraryChanged();
    goTo(placeRoute('library'));
    if (result.clipping) {
      const { clipping } = result;
      setLastCreatedId(clipping.id);
      const near = clipping.nearDuplicateOf ? ` It is a near-duplicate of “${clipping.nearDuplicateOf.title}”.` : '';
      showIn({ kind: 'info', message: `Saved “${clipping.title}”.${near}` }, 'library');
    } else if (result.duplicateOf) {
      const id = result.duplicateOf;
      const existing = await run('clippings.get', { id });
      const title = existing.ok ? existing.value.title : id;
      const open = { label: 'Open it', run: () => goTo(readerRoute(id)) };
      showIn({ kind: 'info', message: `Already in the library as “${title}”, so it was not stored again.`, action: open }, 'library');
    }
  };

  return { composing, startNewClipping, stopComposing, saved, lastCreatedId, imports, pickers, dragging };
}

export type Intake = ReturnType<typeof useIntake>;
