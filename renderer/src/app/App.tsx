import { useCallback, useEffect, useRef, useState } from 'react';
import type { ImportResult, LibraryInfo } from '../../../shared/domain';
import { api } from '../api/client';
import { Notice, type NoticeState } from '../components/Notice';
import { EntitiesView } from '../features/entities/EntitiesView';
import { DropOverlay } from '../features/import/DropOverlay';
import type { PickedFile } from '../features/import/fileTypes';
import { ImportPanel } from '../features/import/ImportPanel';
import { NewClippingDialog } from '../features/import/NewClippingDialog';
import { useFileDrop, type DroppedText } from '../features/import/useFileDrop';
import { useFilePickers } from '../features/import/useFilePickers';
import { useImportQueue } from '../features/import/useImportQueue';
import { LibraryView } from '../features/library/LibraryView';
import { NotebookView } from '../features/notebook/NotebookView';
import { PassagesView } from '../features/passages/PassagesView';
import { ReaderView } from '../features/reader/ReaderView';
import { TimelineView } from '../features/timeline/TimelineView';
import { PLACES, type PlaceId } from '../lib/routes';
import { Sidebar } from './Sidebar';
import { useRoute } from './useRoute';
import { useAppCommands } from './useAppCommands';
import { useShortcuts } from './useShortcuts';

/** A confirmation belongs to the place it was given in; errors stay until dismissed. */
interface ShownNotice extends NoticeState {
  place: PlaceId;
}

export function App() {
  const [route, navigate] = useRoute();
  const [library, setLibrary] = useState<LibraryInfo | null>(null);
  const [notice, setShownNotice] = useState<ShownNotice | null>(null);
  /** New clipping is open: empty, or with text dropped on the window. */
  const [composing, setComposing] = useState<DroppedText | 'empty' | null>(null);
  // Bumped after every change to the library, so lists and counts reload.
  const [revision, setRevision] = useState(0);
  const [lastCreatedId, setLastCreatedId] = useState<string | null>(null);

  useEffect(() => {
    void api.call('library.info', {}).then((result) => {
      if (result.ok) setLibrary(result.value);
      else setNotice({ kind: 'error', message: result.error.message });
    });
    // setNotice is stable (useCallback with no dependencies).
  }, [revision]);

  const placeRef = useRef(route.place);
  placeRef.current = route.place;
  const setNotice = useCallback((next: NoticeState | null) => setShownNotice(next && { ...next, place: placeRef.current }), []);

  const goTo = useCallback((place: PlaceId) => navigate({ place, clippingId: place === 'reader' ? route.clippingId : null }), [navigate, route.clippingId]);
  const openClipping = useCallback((id: string, passageId?: string | null) => navigate({ place: 'reader', clippingId: id, passageId: passageId ?? null }), [navigate]);
  const openEntity = useCallback((id: string | null) => navigate({ place: 'entities', clippingId: null, entityId: id }), [navigate]);
  const showChart = useCallback(() => navigate({ place: 'entities', clippingId: null, chart: true }), [navigate]);
  const startNewClipping = useCallback(() => setComposing('empty'), []);
  const libraryChanged = useCallback(() => setRevision((r) => r + 1), []);

  const libraryRef = useRef(library);
  libraryRef.current = library;
  const htmlRefusal = useCallback(() => {
    const html = libraryRef.current?.htmlImport;
    return html && !html.available ? html.reason : null;
  }, []);
  const imports = useImportQueue(libraryChanged, htmlRefusal);
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

  useAppCommands({ 'new-clipping': startNewClipping, 'import-files': pickers.openFiles, 'import-folder': pickers.openFolder });
  useShortcuts({
    ...Object.fromEntries(PLACES.map((p) => [p.key, () => goTo(p.id)])),
    n: startNewClipping,
    // Esc in the Reader goes back to the list it was opened from (which kept its place).
    ...(route.place === 'reader' ? { Escape: () => goTo('library') } : {}),
  });

  const onSaved = async (result: ImportResult) => {
    setComposing(null);
    libraryChanged();
    navigate({ place: 'library', clippingId: null });
    if (result.clipping) {
      const { clipping } = result;
      setLastCreatedId(clipping.id);
      const near = clipping.nearDuplicateOf ? ` It is a near-duplicate of “${clipping.nearDuplicateOf.title}”.` : '';
      setShownNotice({ kind: 'info', message: `Saved “${clipping.title}”.${near}`, place: 'library' });
    } else if (result.duplicateOf) {
      const id = result.duplicateOf;
      const existing = await api.call('clippings.get', { id });
      const title = existing.ok ? existing.value.title : id;
      setShownNotice({
        kind: 'info',
        message: `Already in the library as “${title}”, so it was not stored again.`,
        action: { label: 'Open it', run: () => openClipping(id) },
        place: 'library',
      });
    }
  };

  return (
    <div className="app">
      <Sidebar place={route.place} onNavigate={goTo} library={library} />
      <main className="place">
        {/* The Library stays mounted while another place is shown, keeping its scroll, sort and filters. */}
        <div className="place-pane" hidden={route.place !== 'library'}>
          <LibraryView
            visible={route.place === 'library'}
            revision={revision}
            library={library}
            highlightId={lastCreatedId}
            onOpen={openClipping}
            onNew={startNewClipping}
            onImportFiles={pickers.openFiles}
            onImportFolder={pickers.openFolder}
            importing={imports.run !== null && !imports.run.finished}
            onChanged={libraryChanged}
            onNotice={setNotice}
          />
        </div>
        {route.place === 'reader' && (
          <ReaderView
            clippingId={route.clippingId}
            passageId={route.passageId ?? null}
            onGoToLibrary={() => goTo('library')}
            onOpen={openClipping}
            onOpenEntity={openEntity}
            onChanged={libraryChanged}
            onNotice={setNotice}
          />
        )}
        {route.place === 'passages' && (
          <PassagesView revision={revision} onOpenClipping={openClipping} onOpenEntity={openEntity} onGoToLibrary={() => goTo('library')} onChanged={libraryChanged} />
        )}
        {route.place === 'entities' && (
          <EntitiesView
            entityId={route.entityId ?? null}
            chart={route.chart ?? false}
            revision={revision}
            onOpenEntity={openEntity}
            onShowChart={showChart}
            onOpenClipping={openClipping}
            onGoToLibrary={() => goTo('library')}
            onChanged={libraryChanged}
            onNotice={setNotice}
          />
        )}
        {route.place === 'timeline' && <TimelineView onGoToLibrary={() => goTo('library')} />}
        {route.place === 'notebook' && <NotebookView onGoToLibrary={() => goTo('library')} onOpenEntity={openEntity} />}
      </main>
      <div className="floating">
        {imports.run && <ImportPanel run={imports.run} onCancel={imports.cancel} onDismiss={imports.dismiss} onOpen={openClipping} />}
        {notice && (notice.kind === 'error' || notice.place === route.place) && (
          <Notice
            kind={notice.kind}
            message={notice.message}
            action={notice.action && { label: notice.action.label, run: () => (setNotice(null), notice.action!.run()) }}
            onDismiss={() => setNotice(null)}
          />
        )}
      </div>
      {pickers.inputs}
      {dragging && <DropOverlay />}
      {composing && (
        <NewClippingDialog
          initial={composing === 'empty' ? undefined : composing}
          htmlImport={library?.htmlImport ?? null}
          onCancel={() => setComposing(null)}
          onSaved={(result) => void onSaved(result)}
        />
      )}
    </div>
  );
}
