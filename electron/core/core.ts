// The library engine as the doors see it: open a library, get its dispatch.
import { openLibrary, type OpenLibraryOptions } from './db/open-library';
import { createDispatch, type Dispatch, type ErrorLogger, type Handlers } from './dispatch';
import { createClippingsService } from './services/clippings';
import { createLibraryService } from './services/library';
import { createPassagesService } from './services/passages';
import { createEntitiesService } from './services/entities';
import { createEntityStore } from './services/entity-store';
import { createNotesService } from './services/notes';
import { exportNote } from './export';
import { createPassageCitations } from './services/passage-citations';
import { createRelationsService } from './services/relations';

export interface Core {
  dispatch: Dispatch;
  libraryPath: string;
  close(): void;
}

export function openCore(libraryPath: string, options: OpenLibraryOptions & { logError?: ErrorLogger } = {}): Core {
  const library = openLibrary(libraryPath, options);
  const clippings = createClippingsService(library.db);
  const libraryService = createLibraryService(library.db, library.path);
  const passages = createPassagesService(library.db);
  const entityStore = createEntityStore(library.db);
  const relations = createRelationsService(library.db, entityStore);
  const entities = createEntitiesService(library.db, entityStore, passages, relations);
  const notes = createNotesService(library.db);
  const citationStates = createPassageCitations(library.db);
  const handlers: Handlers = {
    'library.info': () => libraryService.info(),
    'clippings.create': clippings.create,
    'clippings.importFile': clippings.importFile,
    'clippings.list': clippings.list,
    'clippings.facets': () => clippings.facets(),
    'clippings.get': clippings.get,
    'clippings.original': clippings.original,
    'clippings.update': clippings.update,
    'clippings.tag': clippings.tag,
    'clippings.trash': clippings.trash,
    'clippings.restore': clippings.restore,
    'passages.create': passages.create,
    'passages.update': passages.update,
    'passages.delete': passages.delete,
    'passages.list': passages.list,
    'passages.link': entities.link,
    'passages.unlink': entities.unlink,
    'entities.create': entities.create,
    'entities.update': entities.update,
    'entities.get': entities.get,
    'entities.list': entities.list,
    'entities.find': entities.find,
    'entities.merge': entities.merge,
    'entities.undoMerge': entities.undoMerge,
    'entities.suggest': entities.suggest,
    'entities.rejectSuggestion': entities.rejectSuggestion,
    'entities.delete': entities.delete,
    'entities.acceptSuggestions': entities.acceptSuggestions,
    'entities.linkMentions': entities.linkMentions,
    'entities.graph': entities.graph,
    'relations.create': relations.create,
    'relations.update': relations.update,
    'relations.delete': relations.delete,
    'passages.facets': () => passages.facets(),
    'passages.citations': (input) => citationStates(input.ids),
    'notes.list': notes.list,
    'notes.create': notes.create,
    'notes.get': notes.get,
    'notes.save': notes.save,
    'notes.facets': () => notes.facets(),
    'notes.update': notes.update,
    'notes.delete': notes.delete,
    'notes.history': notes.history,
    'notes.snapshot': notes.snapshot,
    'notes.restore': notes.restore,
    'notes.evidence': notes.evidence,
    'notes.referencing': notes.referencing,
    'notes.importMarkdown': notes.importMarkdown,
    'notes.export': (input) => exportNote(handlers, input),
  };
  return { dispatch: createDispatch(handlers, options.logError), libraryPath: library.path, close: library.close };
}
