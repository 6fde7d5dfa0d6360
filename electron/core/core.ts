// The library engine as the doors see it: open a library, get its dispatch. Each domain adds its
// own handlers; `satisfies Handlers` fails the typecheck when a contract method has none.
import type { Clock } from './clock';
import { createClippingsHandlers } from './clippings/handlers';
import { createContext } from './context';
import { openLibrary, type OpenLibraryOptions } from './db/open-library';
import { createDispatch, logToStderr, type Dispatch, type ErrorLogger, type Handlers } from './dispatch';
import { createEntitiesHandlers } from './entities/handlers';
import { createExportHandlers } from './export/handlers';
import { createLibraryHandlers } from './library/handlers';
import { createNotesHandlers } from './notes/handlers';
import { createPassagesHandlers } from './passages/handlers';
import { createRelationsHandlers } from './relations/handlers';
import { createRepair, type RebuiltTable } from './repair';
import { createSearchHandlers } from './search/handlers';
import { startPhrasePairsFill } from './search/phrase-pairs-fill';
import { createTimelineHandlers } from './timeline/handlers';

export interface Core {
  dispatch: Dispatch;
  libraryPath: string;
  /** Rebuilds the derived tables from their source rows; says how many rows each has now. */
  repair(): RebuiltTable[];
  close(): void;
}

export interface CoreOptions extends OpenLibraryOptions {
  logError?: ErrorLogger;
  /** The clock every stored timestamp comes from (tests pass a fake one). */
  clock?: Clock;
  /**
   * Fill the next-word index for phrases in the background (phrase-pairs-fill.ts): the app and
   * browser mode do; a CLI command, done in moments, leaves it to them.
   */
  fillPhraseIndex?: boolean;
}

/** What the error logger is told failed when filling the phrase index does (it is no dispatch method). */
export const PHRASE_INDEX_FILL = 'search (filling the phrase index)';

export function openCore(libraryPath: string, options: CoreOptions = {}): Core {
  const library = openLibrary(libraryPath, options);
  const ctx = createContext(library.db, { libraryPath: library.path, clock: options.clock });
  const domains = {
    ...createLibraryHandlers(ctx),
    ...createClippingsHandlers(ctx),
    ...createPassagesHandlers(ctx),
    ...createEntitiesHandlers(ctx),
    ...createRelationsHandlers(ctx),
    ...createNotesHandlers(ctx),
    ...createTimelineHandlers(ctx),
    ...createSearchHandlers(ctx, library.db),
  };
  const handlers = { ...domains, ...createExportHandlers(domains) } satisfies Handlers;
  const logError = options.logError ?? logToStderr;
  const fill = options.fillPhraseIndex ? startPhrasePairsFill(library.db, (error) => logError(PHRASE_INDEX_FILL, error)) : null;
  const close = () => {
    fill?.stop();
    library.close();
  };
  return { dispatch: createDispatch(handlers, logError), libraryPath: library.path, repair: createRepair(ctx, library.db), close };
}
