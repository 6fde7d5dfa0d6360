// Numbered migrations, applied in order, each in its own transaction. user_version = the last applied.
// A migration imports nothing outside this folder: what it runs is frozen here as it shipped.
import type Database from 'better-sqlite3';
import { sql as clippings } from './001-clippings';
import { sql as libraryMeta } from './002-library-meta';
import { sql as libraryMetadata } from './003-library-metadata';
import { rebuildDuplicateIndex } from './003-duplicate-index';
import { sql as passagesEntities } from './004-passages-entities';
import { sql as notes } from './005-notes';
import { sql as timeline } from './006-timeline';
import { sql as narrowDuplicateIndex } from './007-narrow-duplicate-index';
import { sql as search } from './008-search';
import { sql as oneClippingTextIndex } from './009-one-clipping-text-index';
import { sql as mentions } from './010-mentions';
import { sql as directClippingEntries } from './011-direct-clipping-entries';
import { sql as clippingDates } from './012-clipping-dates';
import { sql as phrasePairs } from './013-phrase-pairs';

export interface Migration {
  version: number;
  name: string;
  sql: string;
  /** Rebuilds derived data after the SQL, in the same transaction (e.g. hashes computed in JS). */
  after?: (db: Database.Database) => void;
}

export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: 'clippings', sql: clippings },
  { version: 2, name: 'library-meta', sql: libraryMeta },
  { version: 3, name: 'library-metadata', sql: libraryMetadata, after: rebuildDuplicateIndex },
  { version: 4, name: 'passages-entities', sql: passagesEntities },
  { version: 5, name: 'notes', sql: notes },
  { version: 6, name: 'timeline', sql: timeline },
  { version: 7, name: 'narrow-duplicate-index', sql: narrowDuplicateIndex },
  { version: 8, name: 'search', sql: search },
  { version: 9, name: 'one-clipping-text-index', sql: oneClippingTextIndex },
  { version: 10, name: 'mentions', sql: mentions },
  { version: 11, name: 'direct-clipping-entries', sql: directClippingEntries },
  { version: 12, name: 'clipping-dates', sql: clippingDates },
  { version: 13, name: 'phrase-pairs', sql: phrasePairs },
];

export const LATEST_SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
