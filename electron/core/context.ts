// What every domain's handlers are made from: the stores (the only modules that hold SQL), the one
// clock, and the write transaction. Built once per open library.
import type Database from 'better-sqlite3';
import { latestOf, libraryClock, type Clock } from './clock';
import { writeTransactions, type WriteTransaction } from './db/write-transaction';
import { createClippingsStore } from './clippings/store';
import { createEntitiesStore } from './entities/store';
import { createLibraryStore } from './library/store';
import { createNotesStore } from './notes/store';
import { createPassagesStore } from './passages/store';
import { createRelationsStore } from './relations/store';
import { createTagStore } from './tags/store';
import { createTimelineStore } from './timeline/store';

export type Stores = ReturnType<typeof createStores>;

function createStores(db: Database.Database) {
  return {
    library: createLibraryStore(db),
    tags: createTagStore(db),
    clippings: createClippingsStore(db),
    passages: createPassagesStore(db),
    entities: createEntitiesStore(db),
    relations: createRelationsStore(db),
    notes: createNotesStore(db),
    timeline: createTimelineStore(db),
  };
}

export interface CoreContext {
  stores: Stores;
  /** Every timestamp written to a row. */
  clock: Clock;
  /** Wraps a function so that each call is one write transaction. */
  write: WriteTransaction;
  libraryPath: string;
}

export interface ContextOptions {
  libraryPath: string;
  /** A clock for tests; by default the library's clock, which never repeats or goes back. */
  clock?: Clock | undefined;
}

export function createContext(db: Database.Database, options: ContextOptions): CoreContext {
  const stores = createStores(db);
  const clock = options.clock ?? libraryClock(() => latestOf(stores.clippings.latestCapture(), stores.notes.latestUpdate()));
  return { stores, clock, write: writeTransactions(db), libraryPath: options.libraryPath };
}
