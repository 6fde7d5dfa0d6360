import type { LibraryInfo } from '../../../shared/domain';
import type { NoticeState } from '../components/Notice';
import { EntitiesView } from '../features/entities/EntitiesView';
import { LibraryView } from '../features/library/LibraryView';
import type { NotebookPanels } from '../features/notebook/notebookPanels';
import { NotebookView } from '../features/notebook/NotebookView';
import { PassagesView } from '../features/passages/PassagesView';
import { ReaderView } from '../features/reader/ReaderView';
import { LibrarySearch } from '../features/search/LibrarySearch';
import { TimelineView } from '../features/timeline/TimelineView';
import { entityRoute, goTo, placeRoute, readerRoute, type Route } from '../lib/routes';
import type { Intake } from './useIntake';

const goToLibrary = () => goTo(placeRoute('library'));
const openClipping = (id: string, passageId?: string | null) => goTo(readerRoute(id, passageId ?? null));
const openEntity = (id: string | null) => goTo(id ? entityRoute(id) : placeRoute('entities'));

/** The place the route names. The Library stays mounted while another is shown, keeping its scroll, sort and filters. */
export function Places(props: {
  route: Route;
  revision: number;
  library: LibraryInfo | null;
  intake: Intake;
  /** Which of the Notebook's panels are open, with their toggles. */
  notebookPanels: NotebookPanels;
  onChanged: () => void;
  onNotice: (notice: NoticeState | null) => void;
}) {
  const { route, revision, intake, onChanged, onNotice } = props;
  return (
    <main className="place">
      <div className="place-pane" hidden={route.place !== 'library'}>
        <LibraryView
          visible={route.place === 'library'}
          revision={revision}
          library={props.library}
          highlightId={intake.lastCreatedId}
          onNew={intake.startNewClipping}
          onImportFiles={intake.pickers.openFiles}
          onImportFolder={intake.pickers.openFolder}
          importing={intake.imports.run !== null && !intake.imports.run.finished}
          onChanged={onChanged}
          onNotice={onNotice}
          withSearch={(list) => (
            <LibrarySearch visible={route.place === 'library'} revision={revision} onNotice={onNotice}>
              {list}
            </LibrarySearch>
          )}
        />
      </div>
      {route.place === 'reader' && (
        <ReaderView clippingId={route.clippingId} passageId={route.passageId ?? null} match={route.match ?? null} onChanged={onChanged} onNotice={onNotice} />
      )}
      {route.place === 'passages' && <PassagesView revision={revision} />}
      {route.place === 'entities' && (
        <EntitiesView
          entityId={route.entityId ?? null}
          chart={route.chart ?? false}
          revision={revision}
          onOpenEntity={openEntity}
          onShowChart={() => goTo({ place: 'entities', clippingId: null, chart: true })}
          onOpenClipping={openClipping}
          onGoToLibrary={goToLibrary}
          onChanged={onChanged}
          onNotice={onNotice}
        />
      )}
      {route.place === 'timeline' && <TimelineView eventId={route.eventId ?? null} revision={revision} onChanged={onChanged} onNotice={onNotice} />}
      {route.place === 'notebook' && <NotebookView onGoToLibrary={goToLibrary} onOpenEntity={openEntity} panels={props.notebookPanels} />}
    </main>
  );
}
