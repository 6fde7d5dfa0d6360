import { useCallback, useEffect, useRef, useState } from 'react';
import type { Clipping, LibraryInfo } from '../../../shared/domain';
import { api } from '../api/client';
import { Notice } from '../components/Notice';
import { EntitiesView } from '../features/entities/EntitiesView';
import { LibraryView } from '../features/library/LibraryView';
import { NewClippingDialog } from '../features/library/NewClippingDialog';
import { NotebookView } from '../features/notebook/NotebookView';
import { ReaderView } from '../features/reader/ReaderView';
import { TimelineView } from '../features/timeline/TimelineView';
import { PLACES, type PlaceId } from './places';
import { Sidebar } from './Sidebar';
import { useRoute } from './useRoute';
import { useShortcuts } from './useShortcuts';

export interface NoticeState {
  kind: 'error' | 'info';
  message: string;
}

/** A confirmation belongs to the place it was given in; errors stay until dismissed. */
interface ShownNotice extends NoticeState {
  place: PlaceId;
}

export function App() {
  const [route, navigate] = useRoute();
  const [library, setLibrary] = useState<LibraryInfo | null>(null);
  const [notice, setShownNotice] = useState<ShownNotice | null>(null);
  const [composing, setComposing] = useState(false);
  // Bumped after every change to the library, so lists reload.
  const [revision, setRevision] = useState(0);
  const [lastCreatedId, setLastCreatedId] = useState<string | null>(null);

  useEffect(() => {
    void api.call('library.info', {}).then((result) => {
      if (result.ok) setLibrary(result.value);
      else setNotice({ kind: 'error', message: result.error.message });
    });
  }, [revision]);

  const placeRef = useRef(route.place);
  placeRef.current = route.place;
  const setNotice = useCallback((next: NoticeState | null) => setShownNotice(next && { ...next, place: placeRef.current }), []);

  const goTo = useCallback((place: PlaceId) => navigate({ place, clippingId: place === 'reader' ? route.clippingId : null }), [navigate, route.clippingId]);
  const openClipping = useCallback((id: string) => navigate({ place: 'reader', clippingId: id }), [navigate]);
  const startNewClipping = useCallback(() => setComposing(true), []);
  const libraryChanged = useCallback(() => setRevision((r) => r + 1), []);

  useShortcuts({
    ...Object.fromEntries(PLACES.map((p) => [p.key, () => goTo(p.id)])),
    n: startNewClipping,
  });

  const onCreated = (clipping: Clipping) => {
    setComposing(false);
    setLastCreatedId(clipping.id);
    setShownNotice({ kind: 'info', message: `Saved “${clipping.title}”.`, place: 'library' });
    libraryChanged();
    navigate({ place: 'library', clippingId: null });
  };

  return (
    <div className="app">
      <Sidebar place={route.place} onNavigate={goTo} library={library} />
      <main className="place" aria-live="polite">
        {notice && (notice.kind === 'error' || notice.place === route.place) && <Notice kind={notice.kind} message={notice.message} onDismiss={() => setNotice(null)} />}
        {route.place === 'library' && (
          <LibraryView
            revision={revision}
            highlightId={lastCreatedId}
            onOpen={openClipping}
            onNew={startNewClipping}
            onChanged={libraryChanged}
            onNotice={setNotice}
          />
        )}
        {route.place === 'reader' && <ReaderView clippingId={route.clippingId} onGoToLibrary={() => goTo('library')} />}
        {route.place === 'entities' && <EntitiesView onGoToLibrary={() => goTo('library')} />}
        {route.place === 'timeline' && <TimelineView onGoToLibrary={() => goTo('library')} />}
        {route.place === 'notebook' && <NotebookView onGoToLibrary={() => goTo('library')} />}
      </main>
      {composing && <NewClippingDialog onCancel={() => setComposing(false)} onCreated={onCreated} />}
    </div>
  );
}
