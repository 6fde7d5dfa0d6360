import { useCallback, useEffect, useState } from 'react';
import { Notice } from '../components/Notice';
import { DropOverlay } from '../features/import/DropOverlay';
import { ImportPanel } from '../features/import/ImportPanel';
import { NewClippingDialog } from '../features/import/NewClippingDialog';
import { QuickSwitcherHost } from '../features/search/QuickSwitcherHost';
import { setRecentLibrary } from '../lib/recentItems';
import { PLACES, goTo, placeRoute, type PlaceId } from '../lib/routes';
import { Places } from './Places';
import { Sidebar } from './Sidebar';
import { useAppCommands } from './useAppCommands';
import { useIntake } from './useIntake';
import { useLibraryInfo } from './useLibraryInfo';
import { useNotices } from './useNotices';
import { useRoute } from './useRoute';
import { useShortcuts } from './useShortcuts';
import './app.css';

export function App() {
  const route = useRoute();
  const { notice, setNotice, showIn } = useNotices(route.place);
  // Bumped after every change to the library, so lists and counts reload.
  const [revision, setRevision] = useState(0);
  const libraryChanged = useCallback(() => setRevision((r) => r + 1), []);
  const library = useLibraryInfo(revision, setNotice);
  // The switcher's recent items are kept per library.
  useEffect(() => setRecentLibrary(library?.libraryId ?? null), [library?.libraryId]);
  const intake = useIntake({ library, onLibraryChanged: libraryChanged, setNotice, showIn });

  const goToPlace = (place: PlaceId) => goTo(placeRoute(place, route));
  useAppCommands({ 'new-clipping': intake.startNewClipping, 'import-files': intake.pickers.openFiles, 'import-folder': intake.pickers.openFolder });
  useShortcuts({
    ...Object.fromEntries(PLACES.map((p) => [p.key, () => goToPlace(p.id)])),
    n: intake.startNewClipping,
    // Esc in the Reader goes back to the list it was opened from (which kept its place).
    ...(route.place === 'reader' ? { Escape: () => goToPlace('library') } : {}),
  });

  return (
    <div className="app">
      <Sidebar place={route.place} onNavigate={goToPlace} library={library} />
      <Places route={route} revision={revision} library={library} intake={intake} onChanged={libraryChanged} onNotice={setNotice} />
      <div className="floating">
        {intake.imports.run && <ImportPanel run={intake.imports.run} onCancel={intake.imports.cancel} onDismiss={intake.imports.dismiss} />}
        {notice && (
          <Notice
            kind={notice.kind}
            message={notice.message}
            action={notice.action && { label: notice.action.label, run: () => (setNotice(null), notice.action!.run()) }}
            onDismiss={() => setNotice(null)}
          />
        )}
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
