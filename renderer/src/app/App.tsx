import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Notice } from '../components/Notice';
import { DropOverlay } from '../features/import/DropOverlay';
import { NewClippingDialog } from '../features/import/NewClippingDialog';
import { QuickSwitcherHost } from '../features/search/QuickSwitcherHost';
import { setRecentLibrary } from '../lib/recentItems';
import { PLACES, goTo, placeRoute, readerRoute, type PlaceId } from '../lib/routes';
import { Places } from './Places';
import { Sidebar } from './Sidebar';
import { useAppCommands } from './useAppCommands';
import { useIntake } from './useIntake';
import { useLibraryInfo } from './useLibraryInfo';
import { ImportStatus } from './ImportStatus';
import { noticeLifetimeMs } from './noticeQueue';
import { useNotices } from './useNotices';
import { usePanelLayout } from './usePanelLayout';
import { useRoute } from './useRoute';
import { useShortcuts } from './useShortcuts';
import './app.css';

export function App() {
  const route = useRoute();
  const { notices, setNotice, showIn, dismiss } = useNotices(route.place);
  // Bumped after every change to the library, so lists and counts reload.
  const [revision, setRevision] = useState(0);
  const libraryChanged = useCallback(() => setRevision((r) => r + 1), []);
  const library = useLibraryInfo(revision, setNotice);
  // The switcher's recent items are kept per library.
  useEffect(() => setRecentLibrary(library?.libraryId ?? null), [library?.libraryId]);
  const panels = usePanelLayout();
  const { toggle } = panels;
  const notebookPanels = useMemo(
    () => ({ notesOpen: panels.open.notes, evidenceOpen: panels.open.evidence, toggleNotes: () => toggle('notes'), toggleEvidence: () => toggle('evidence') }),
    [panels.open.notes, panels.open.evidence, toggle],
  );
  const intake = useIntake({ library, onLibraryChanged: libraryChanged, setNotice, showIn });

  // The Reader keeps the clipping it showed last while the analyst visits other places.
  const lastRead = useRef<string | null>(null);
  if (route.place === 'reader' && route.clippingId) lastRead.current = route.clippingId;
  const goToPlace = (place: PlaceId) => goTo(place === 'reader' && lastRead.current ? readerRoute(lastRead.current) : placeRoute(place, route));
  useAppCommands({ 'new-clipping': intake.startNewClipping, 'import-files': intake.pickers.openFiles, 'import-folder': intake.pickers.openFolder });
  useShortcuts({
    ...Object.fromEntries(PLACES.map((p) => [p.key, () => goToPlace(p.id)])),
    n: intake.startNewClipping,
    // Esc in the Reader goes back to the list it was opened from (which kept its place).
    ...(route.place === 'reader' ? { Escape: () => goToPlace('library') } : {}),
  });

  return (
    <div className="app">
      <Sidebar place={route.place} onNavigate={goToPlace} library={library} open={panels.open.places} onToggle={() => panels.toggle('places')} />
      <Places
        route={route}
        revision={revision}
        library={library}
        intake={intake}
        notebookPanels={notebookPanels}
        onChanged={libraryChanged}
        onNotice={setNotice}
      />
      <div className="floating" data-testid="floating-messages">
        {intake.imports.run && <ImportStatus run={intake.imports.run} onCancel={intake.imports.cancel} onDismiss={intake.imports.dismiss} />}
        {notices.map((notice) => (
          <Notice
            key={notice.id}
            kind={notice.kind}
            message={notice.message}
            lifetimeMs={noticeLifetimeMs(notice)}
            action={notice.action && { label: notice.action.label, run: () => (dismiss(notice.id), notice.action!.run()) }}
            onDismiss={() => dismiss(notice.id)}
          />
        ))}
      </div>
      {intake.pickers.inputs}
      {intake.dragging && <DropOverlay />}
      <QuickSwitcherHost />
      {intake.composing && (
        <NewClippingDialog
          initial={intake.composing === 'empty' ? undefined : intake.composing}
          htmlImport={library?.htmlImport ?? null}
          onCancel={intake.stopComposing}
          onSaved={(result) => void intake.saved(result)}
        />
      )}
    </div>
  );
}
